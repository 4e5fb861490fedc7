import type { Locator, Page } from 'playwright-core';

/** /boards/:boardId/minutes/import: paste or drop minutes, review one draft per decision, create. */
export class MinutesImportPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, boardId: string): Promise<MinutesImportPage> {
    await page.goto(`${baseUrl}/boards/${boardId}/minutes/import`);
    const minutes = new MinutesImportPage(page);
    await minutes.source().waitFor();
    return minutes;
  }

  /** The large text area the minutes are pasted into (it also takes a dropped file). */
  source(): Locator {
    return this.page.locator('.minutes-source textarea');
  }

  /** Picks a file with the page's own file picker: the text is read and split at once. */
  async pickFile(path: string): Promise<void> {
    await this.page.locator('.minutes-source input[type="file"]').setInputFiles(path);
  }

  findButton(): Locator {
    return this.page.getByRole('button', { name: /^(Find decisions|识别决策事项)$/ });
  }

  drafts(): Locator {
    return this.page.getByTestId('minutes-draft');
  }

  draft(number: number): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^(Draft|草稿) ${number}$`) });
  }

  /** A draft's control by its label ("Title", "Lead department", …). */
  field(number: number, label: string): Locator {
    return this.draft(number).getByLabel(label, { exact: true });
  }

  async titles(): Promise<string[]> {
    return this.drafts()
      .locator('input[id$="-title"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
  }

  async descriptions(): Promise<string[]> {
    return this.drafts()
      .locator('textarea')
      .evaluateAll((areas) => areas.map((area) => (area as unknown as { value: string }).value));
  }

  createButton(): Locator {
    return this.page.getByRole('button', { name: /^(Create \d+ tasks?|创建 \d+ 项督办事项)$/ });
  }
}
