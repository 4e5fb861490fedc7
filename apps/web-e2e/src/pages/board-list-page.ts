import type { Page } from 'playwright-core';
import { escapeRegExp } from './text';

/** /boards: the boards the user may see. */
export class BoardListPage {
  constructor(private readonly page: Page) {}

  async openBoard(title: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }
}
