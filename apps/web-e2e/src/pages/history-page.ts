import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { escapeRegExp, exactly } from './text';

/** /boards/:boardId?view=history: the board's audit trail (操作记录), filtered by the URL, live. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  filters(): Locator {
    return this.page.getByRole('search', { name: /^(Filter the history|筛选操作记录)$/ });
  }

  entries(): Locator {
    return this.page.getByTestId('board-history').getByTestId('history-entry');
  }

  /** An entry by its sentence ("Test member commented") or anything else it says. */
  entry(text: string | RegExp): Locator {
    return this.entries().filter({ hasText: text });
  }

  /** One field's before → after under an entry, e.g. "Deadline: 2021-06-30 → 2021-07-15". */
  change(entry: Locator, text: string): Locator {
    return entry.getByTestId('field-change').filter({ hasText: exactly(text) });
  }

  /** Each entry's sentence ("Test member commented"), newest first, once the list shows `count` entries. */
  async sentences(count: number): Promise<string[]> {
    await this.shown(count).waitFor();
    return this.entries().getByTestId('history-line').allInnerTexts();
  }

  /** The task an entry is about: a link to its panel, or plain text for a deleted task. */
  taskOf(entry: Locator): Locator {
    return entry.getByTestId('history-task');
  }

  /** The "N entries shown" line once it says `count`: the list has settled on that many. */
  shown(count: number): Locator {
    return this.page.getByRole('status').filter({
      hasText: exactly(count === 1 ? '1 entry shown' : `${count} entries shown`),
    });
  }

  nothingMatches(): Locator {
    return this.page.getByText('Nothing recorded matches these filters.', { exact: true });
  }

  /** Whose changes, by user id or "system". */
  async filterByActor(actorId: string): Promise<void> {
    await this.filters().getByLabel('Who', { exact: true }).selectOption(actorId);
  }

  async filterByCategory(label: string): Promise<void> {
    await this.filters().getByLabel('Kind of change', { exact: true }).selectOption({ label });
  }

  taskFilter(): Locator {
    return this.filters().getByRole('combobox', { name: 'Task', exact: true });
  }

  /** Types part of the title into the task picker and picks the task from the matches. */
  async filterByTask(typed: string, title: string): Promise<void> {
    await this.taskFilter().fill(typed);
    await this.filters()
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)} `) })
      .click();
  }

  /** Calendar days "YYYY-MM-DD"; null empties the field. */
  async filterByDays(from: string | null, to: string | null): Promise<void> {
    await this.filters()
      .getByLabel('From', { exact: true })
      .fill(from ?? '');
    await this.filters()
      .getByLabel('To', { exact: true })
      .fill(to ?? '');
  }

  async clearFilters(): Promise<void> {
    await this.filters().getByRole('button', { name: 'Clear filters', exact: true }).click();
  }

  /** Asks the server to recompute the log's hash chain and answers what the page then says. */
  async verifyRecord(): Promise<string> {
    const result = this.page.getByTestId('integrity-result');
    // Wait for the server's answer: a result already on screen from an earlier check would otherwise
    // be read in the moment before the new check clears it.
    await Promise.all([
      this.page.waitForResponse((response) => response.url().endsWith('/audit/verify')),
      this.page.getByRole('button', { name: /^(Verify the record|校验留痕)$/ }).click(),
    ]);
    await result.filter({ hasText: /\S/ }).waitFor();
    return result.innerText();
  }

  /** Downloads the history as filtered and answers the file's text. */
  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /^(Download CSV|导出 CSV)$/ }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
