import type { Locator, Page } from 'playwright-core';
import { NewBoardDialog } from './new-board-dialog';
import { escapeRegExp, exactly } from './text';

/** /boards: the boards the user may see, searched by title, archived ones on request. */
export class BoardListPage {
  constructor(readonly page: Page) {}

  /** Opens the list by its link (with `?q=` and the like when given) and waits for its heading. */
  static async open(page: Page, baseUrl: string, query = ''): Promise<BoardListPage> {
    await page.goto(`${baseUrl}/boards${query}`);
    const list = new BoardListPage(page);
    await list.heading().waitFor();
    return list;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: /^(Boards|督办台账)$/ });
  }

  async openBoard(title: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** A board's card by its exact title. */
  card(title: string): Locator {
    return this.page.getByTestId('board-card').filter({
      has: this.page.getByRole('heading', { level: 2, name: new RegExp(`^${escapeRegExp(title)}`) }),
    });
  }

  /** The titles of the cards shown, in order (an archived board's badge left out). */
  async titles(): Promise<string[]> {
    // Read at once: the list may change between reading one card and the next.
    return this.page.getByTestId('board-card').getByTestId('board-title').allInnerTexts();
  }

  /** Waits until the list shows exactly these titles, in this order. */
  async waitForTitles(expected: string[], timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let seen = await this.titles();
    while (JSON.stringify(seen) !== JSON.stringify(expected)) {
      if (Date.now() > deadline) throw new Error(`The list shows ${JSON.stringify(seen)}`);
      await this.page.waitForTimeout(100);
      seen = await this.titles();
    }
  }

  archivedBadge(card: Locator): Locator {
    return card.getByTestId('board-archived-badge');
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Search boards|搜索台账)$/ });
  }

  /** Types into the search box and waits for the search to reach the link (`?q=`), after typing pauses. */
  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
    const wanted = text.trim() || null;
    await this.page.waitForURL((url) => url.searchParams.get('q') === wanted);
  }

  archivedSwitch(): Locator {
    return this.page.getByRole('switch', { name: /^(Show archived boards|显示已归档台账)$/ });
  }

  /**
   * Turns "Show archived boards" on or off. The switch shows the URL (`?archived=include`), which the router
   * updates a moment after the click, so wait for the switch to follow (Playwright's check() looks at once
   * and fails on a busy machine).
   */
  async showArchived(on: boolean): Promise<void> {
    const toggle = this.archivedSwitch();
    if ((await toggle.isChecked()) !== on) await toggle.click();
    await toggle.and(this.page.locator(on ? ':checked' : ':not(:checked)')).waitFor();
  }

  /** Only for those who may create boards: supervisors and administrators. */
  newBoardButton(): Locator {
    return this.page.getByRole('button', { name: /^\+ (New board|新建台账)$/ });
  }

  async newBoard(): Promise<NewBoardDialog> {
    await this.newBoardButton().click();
    const dialog = new NewBoardDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  emptyNotice(): Locator {
    return this.page.getByTestId('board-list-empty');
  }

  languageToggle(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: exactly('中文') });
  }
}
