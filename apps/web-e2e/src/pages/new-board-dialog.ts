import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

/** The "New board" (新建台账) dialog a supervisor opens from the boards list. */
export class NewBoardDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /^(New board|新建台账)$/ });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Ticks a department among those that may see the board. */
  async allow(department: string): Promise<void> {
    await this.root.getByRole('checkbox', { name: exactly(department) }).check();
  }

  /** Clicks "Create board"; the dialog stays open when the form is refused. */
  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Create board|创建台账)$/ }).click();
  }

  /** The problem shown for a field, once it is marked invalid: what its description reads first. */
  async problemOf(label: string): Promise<string> {
    const invalid = this.field(label).and(this.root.locator('[aria-invalid="true"]'));
    await invalid.waitFor();
    const [problemId] = ((await invalid.getAttribute('aria-describedby')) ?? '').split(' ');
    return this.root.locator(`[id="${problemId}"]`).innerText();
  }
}
