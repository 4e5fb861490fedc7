import type { Page } from 'playwright-core';

/** /profile (个人信息): who the user is, their password and their language. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string): Promise<ProfilePage> {
    await page.goto(`${baseUrl}/profile`);
    await page.getByRole('heading', { level: 1, name: /^(Your profile|个人信息)$/ }).waitFor();
    return new ProfilePage(page);
  }

  async changePassword(current: string, next: string, confirm = next): Promise<void> {
    await this.page.getByLabel(/^(Current password|当前密码)$/).fill(current);
    await this.page.getByLabel(/^(New password|新密码)$/).fill(next);
    await this.page.getByLabel(/^(Confirm new password|确认新密码)$/).fill(confirm);
    await this.page.getByRole('button', { name: /^(Change password|修改密码)$/ }).click();
  }

  async chooseLanguage(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }
}
