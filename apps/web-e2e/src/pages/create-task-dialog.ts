import type { Locator, Page } from 'playwright-core';

export interface NewTask {
  title: string;
  leadDepartment?: string;
}

/** The "New task" dialog a supervisor opens from the board header. */
export class CreateTaskDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /^(New task|新建事项)$/ });
  }

  async create({ title, leadDepartment }: NewTask): Promise<void> {
    await this.root.getByLabel('Title', { exact: true }).fill(title);
    if (leadDepartment) {
      await this.root.getByLabel('Lead department', { exact: true }).selectOption({ label: leadDepartment });
    }
    await this.root.getByRole('button', { name: 'Create task' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
