import type { Page } from 'playwright-core';

/** Small page objects: what a person does on each screen, in words a test can read. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel(/username|用户名/i).fill(username);
    await this.page.getByLabel(/password|密码/i).fill(password);
    await this.page.getByRole('button', { name: /sign in|登录/i }).click();
  }

  async errorText(): Promise<string> {
    return this.page.getByRole('alert').innerText();
  }
}

export class BoardPage {
  constructor(private readonly page: Page) {}

  async openFromList(title: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(escapeRegExp(title)) }).click();
    await this.page.getByRole('heading', { name: title }).waitFor();
  }

  async waitUntilLive(): Promise<void> {
    await this.page
      .getByTestId('live-state')
      .filter({ hasText: /live|实时/i })
      .waitFor();
  }

  card(title: string) {
    return this.page.getByTestId('task-card').filter({ hasText: title });
  }

  column(name: RegExp) {
    return this.page.getByRole('region', { name });
  }

  async expectCardCount(count: number): Promise<void> {
    await expect(this.page.getByTestId('task-card').count()).resolves.toBe(count);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
