import type { Locator, Page } from 'playwright-core';

/** /admin (系统管理): the Departments, Users and Activity tabs, and their dialogs. */
export class AdminPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, section = 'departments'): Promise<AdminPage> {
    await page.goto(`${baseUrl}/admin?section=${section}`);
    const admin = new AdminPage(page);
    await page.getByRole('tablist').waitFor();
    return admin;
  }

  async tab(name: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The open dialog (create, rename, edit, reset, confirm). */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async createDepartment(name: string): Promise<void> {
    await this.page.getByRole('button', { name: /^(New department|新建部门)$/ }).click();
    await this.dialog.getByLabel(/^(Name|部门名称)$/).fill(name);
    await this.dialog.getByRole('button', { name: /^(New department|新建部门)$/ }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  departmentRow(name: string): Locator {
    return this.page
      .getByTestId('department-row')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  userRow(displayName: string): Locator {
    return this.page
      .getByTestId('user-row')
      .filter({ has: this.page.getByText(displayName, { exact: true }) });
  }

  /** Fills the create-user dialog by its labels (exactly the words) and creates the user. */
  async createUser(fields: Record<string, string>, selects: Record<string, string>): Promise<void> {
    await this.page.getByRole('button', { name: /^(New user|新建用户)$/ }).click();
    for (const [label, value] of Object.entries(fields)) {
      await this.dialog.getByLabel(label, { exact: true }).fill(value);
    }
    for (const [label, option] of Object.entries(selects)) {
      await this.dialog.getByLabel(label, { exact: true }).selectOption({ label: option });
    }
    await this.dialog.getByRole('button', { name: /^(New user|新建用户)$/ }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Clicks a row's action, then confirms in the dialog it opens. */
  async confirmRowAction(row: Locator, action: RegExp): Promise<void> {
    await row.getByRole('button', { name: action }).click();
    await this.dialog.getByRole('button', { name: action }).click();
  }

  async activityText(): Promise<string> {
    return this.page.getByTestId('admin-activity').innerText();
  }
}
