import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

/** The bell in the header (on every page once signed in), its list, and the toast for live arrivals. */
export class NotificationCenter {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('notification-center');
  }

  /** Live once the user's own socket is connected: from then on notifications arrive by themselves. */
  async waitUntilLive(timeout = 10_000): Promise<void> {
    await this.page
      .locator('[data-testid="notification-center"][data-connected="true"]')
      .waitFor({ timeout });
  }

  /** The bell once its name says `unread` unread (the badge itself is hidden from screen readers). */
  bell(unread: number): Locator {
    return this.root.getByRole('button', { name: exactly(`Notifications, ${unread} unread`) });
  }

  /** The brief note that something just arrived: a status message, so screen readers announce it too. */
  toast(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  items(): Locator {
    return this.root.getByTestId('notification-item');
  }

  item(text: string): Locator {
    return this.items().filter({ hasText: text });
  }

  async open(): Promise<void> {
    const bell = this.root.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    if ((await bell.getAttribute('aria-expanded')) !== 'true') await bell.click();
    await this.root.getByRole('heading', { name: 'Notifications', exact: true }).waitFor();
  }
}
