import type { Locator, Page } from 'playwright-core';

export interface NewTask {
  title: string;
  leadDepartment?: string;
  /** "YYYY-MM-DD". */
  deadline?: string;
}

/** The "New task" dialog a supervisor opens from the board header. */
export class CreateTaskDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /^(New task|新建事项)$/ });
  }

  async create(task: NewTask): Promise<void> {
    await this.fill(task);
    await this.submit();
    await this.root.waitFor({ state: 'detached' });
  }

  async fill({ title, leadDepartment, deadline }: NewTask): Promise<void> {
    await this.field('Title').fill(title);
    if (leadDepartment) {
      await this.field('Lead department').selectOption({ label: leadDepartment });
    }
    if (deadline) await this.field('Deadline').fill(deadline);
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Clicks "Create task"; the dialog stays open when the form is refused or the user thinks again. */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Create task' }).click();
  }
}
