import type { Locator, Page } from 'playwright-core';

/** The "Board settings" (台账设置) dialog a supervisor opens from the board header. */
export class BoardSettingsDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: /^(Board settings|台账设置)$/ });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** Clicks save; the dialog stays open if something is refused. */
  async save(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Save settings|保存设置)$/ }).click();
  }

  async saveAndClose(): Promise<void> {
    await this.save();
    await this.root.waitFor({ state: 'detached' });
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Cancel|取消)$/ }).click();
    await this.root.waitFor({ state: 'detached' });
  }

  /** The problem shown for a field, once the field is marked invalid: what its description reads first. */
  async problemOf(label: string): Promise<string> {
    const invalid = this.field(label).and(this.root.locator('[aria-invalid="true"]'));
    await invalid.waitFor();
    const [problemId] = ((await invalid.getAttribute('aria-describedby')) ?? '').split(' ');
    return this.root.locator(`[id="${problemId}"]`).innerText();
  }
}
