import type { Locator, Page } from 'playwright-core';

/** Archiving a board from its header (归档台账, with a confirmation) and the read-only banner it leaves. */
export class BoardArchive {
  constructor(readonly page: Page) {}

  archiveButton(): Locator {
    return this.page.getByRole('button', { name: /^(Archive board|归档台账)$/ });
  }

  confirmation(): Locator {
    return this.page.getByRole('dialog', { name: /^(Archive this board\?|确定归档此台账？)$/ });
  }

  /** Archive board → the confirmation → Archive; waits for the read-only banner. */
  async archive(): Promise<void> {
    await this.openConfirmation();
    await this.confirm();
  }

  /** Archive board: the confirmation opens, nothing is archived yet. */
  async openConfirmation(): Promise<Locator> {
    await this.archiveButton().click();
    await this.confirmation().waitFor();
    return this.confirmation();
  }

  async confirm(): Promise<void> {
    await this.confirmation()
      .getByRole('button', { name: /^(Archive|归档)$/ })
      .click();
    await this.confirmation().waitFor({ state: 'detached' });
    await this.banner().waitFor();
  }

  banner(): Locator {
    return this.page.getByTestId('archived-banner');
  }

  restoreButton(): Locator {
    return this.banner().getByRole('button', { name: /^(Restore|恢复)$/ });
  }
}
