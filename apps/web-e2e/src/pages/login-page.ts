import type { Page } from 'playwright-core';

/** The sign-in form (every route shows it while nobody is signed in). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
    await this.page.getByRole('button', { name: /^(sign in|登录)$/i }).waitFor();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel(/^(username|用户名)$/i).fill(username);
    await this.page.getByLabel(/^(password|密码)$/i).fill(password);
    await this.page.getByRole('button', { name: /^(sign in|登录)$/i }).click();
  }

  /** The demo workspace lists its accounts: one click fills the form. */
  async signInWithDemoAccount(username: string): Promise<void> {
    await this.page.getByRole('button', { name: `Sign in as ${username}` }).click();
    await this.page.getByRole('button', { name: /^sign in$/i }).click();
  }

  /** The demo accounts as the page lists them, e.g. "supervisor · Supervisor · Supervision Office (Wang Li)". */
  async demoLoginTexts(): Promise<string[]> {
    const list = this.page.getByRole('region', { name: /^(Demo logins|演示账号)/ }).getByRole('listitem');
    await list.first().waitFor();
    return (await list.allInnerTexts()).map((text) => text.trim());
  }

  async errorText(): Promise<string> {
    return this.page.getByRole('alert').innerText();
  }
}
