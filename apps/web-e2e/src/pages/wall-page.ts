import type { Locator, Page } from 'playwright-core';

/** /dashboard/wall (大屏模式): one board at a time, its totals, red list and overdue figures. */
export class WallPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, every?: number): Promise<WallPage> {
    await page.goto(`${baseUrl}/dashboard/wall${every ? `?every=${every}` : ''}`);
    const wall = new WallPage(page);
    await wall.root().waitFor();
    await wall.overdue().waitFor();
    return wall;
  }

  root(): Locator {
    return this.page.getByTestId('wall');
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits until the wall shows this board (or 'all'). */
  async waitForSlide(slide: string, timeout = 15_000): Promise<void> {
    await this.page.locator(`[data-testid="wall"][data-slide="${slide}"]`).waitFor({ timeout });
  }

  overdue(): Locator {
    return this.page.getByTestId('wall-overdue');
  }

  /** 'live' or 'offline'. */
  connection(state: 'live' | 'offline'): Locator {
    return this.page.locator(`[data-testid="wall-connection"][data-state="${state}"]`);
  }

  redList(): Locator {
    return this.page.getByTestId('wall-red');
  }

  /** Whether the wall, or the page, would scroll: the content against the window. */
  scrolls(): Promise<{ page: boolean; wall: boolean }> {
    return this.page.evaluate<{ page: boolean; wall: boolean }>(`(() => {
      const wall = document.querySelector('[data-testid="wall"]');
      const root = document.documentElement;
      return {
        page: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
        wall: wall.scrollHeight > wall.clientHeight || wall.scrollWidth > wall.clientWidth,
      };
    })()`);
  }
}

/** "Waiting for me" (待我处理) on /dashboard. */
export class WaitingList {
  constructor(readonly page: Page) {}

  section(key: string): Locator {
    return this.page.locator(`[data-waiting="${key}"]`);
  }

  /** A task's link in a section, by its title. */
  task(key: string, title: string): Locator {
    return this.section(key).getByRole('link', { name: title, exact: true });
  }

  async titles(key: string): Promise<string[]> {
    return this.section(key).locator('.waiting-title').allInnerTexts();
  }
}
