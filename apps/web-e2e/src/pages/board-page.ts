import type { Light, TaskStatus } from '@duban/contracts';
import type { Locator, Page } from 'playwright-core';
import { BoardSettingsDialog } from './board-settings-dialog';
import { CreateTaskDialog } from './create-task-dialog';
import { HistoryPage } from './history-page';
import { TablePage } from './table-page';
import { TaskPanel } from './task-panel';
import { exactly } from './text';

/** /boards/:boardId in the board view: status columns of task cards, live. */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** Opens the board by its link (what a bookmark does) and waits until it follows live changes. */
  static async open(page: Page, baseUrl: string, boardId: string): Promise<BoardPage> {
    await page.goto(`${baseUrl}/boards/${boardId}`);
    const board = new BoardPage(page);
    await board.waitUntilLive();
    return board;
  }

  /** "Live" once the socket has joined the board: from then on, others' changes arrive by themselves. */
  async waitUntilLive(timeout = 10_000): Promise<void> {
    await this.liveState()
      .filter({ hasText: /^(Live|实时)$/ })
      .waitFor({ timeout });
  }

  liveState(): Locator {
    return this.page.getByTestId('live-state');
  }

  offlineBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /offline|网络已断开/i });
  }

  column(status: TaskStatus): Locator {
    return this.page.locator(`[data-testid="board-column"][data-status="${status}"]`);
  }

  /** The column, once its label counts `count` tasks (English: "To do: 8 tasks"). */
  columnCounting(status: TaskStatus, count: number): Locator {
    return this.column(status).and(this.page.getByLabel(new RegExp(`: ${count} tasks?$`)));
  }

  columnHeading(status: TaskStatus): Locator {
    return this.column(status).getByRole('heading', { level: 2 });
  }

  /** A card by its exact title, anywhere on the board. */
  card(title: string): Locator {
    return this.page
      .getByTestId('task-card')
      .filter({ has: this.page.getByRole('heading', { name: exactly(title) }) });
  }

  cardIn(status: TaskStatus, title: string): Locator {
    return this.column(status)
      .getByTestId('task-card')
      .filter({ has: this.page.getByRole('heading', { name: exactly(title) }) });
  }

  /** The keyboard move handle: only on cards the user may move. */
  moveHandle(card: Locator): Locator {
    return card.getByRole('button', { name: /^(Move|移动)/ });
  }

  /** The card's progress bar once it shows `percent`. */
  progressShown(card: Locator, percent: number): Locator {
    return card.locator(`[role="progressbar"][aria-valuenow="${percent}"]`);
  }

  /** The card's status light (红黄绿灯) once it is `light`. */
  lightShown(card: Locator, light: Light): Locator {
    return card.locator(`[data-light="${light}"]`);
  }

  /** The card's comment counter once it shows `count`. */
  commentCountShown(card: Locator, count: number): Locator {
    return card.getByTitle(new RegExp(`^${count} comments?$`));
  }

  /** The board's own search box (title, description, department, person), in either language. */
  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /^(Search the board|搜索看板)$/ });
  }

  /** "n of m tasks" under the search once it says so. */
  searchSummary(): Locator {
    return this.page.getByTestId('board-search-summary');
  }

  clearSearchButton(): Locator {
    return this.page.getByRole('button', { name: /^(Clear search|清除搜索)$/ });
  }

  /** Comfortable or Compact, in the toolbar's card size switch. */
  cardSizeButton(label: string): Locator {
    return this.page
      .getByRole('group', { name: /^(Card size|卡片样式)$/ })
      .getByRole('button', { name: label });
  }

  /** What the toolbar says about the last drop that did not move a card. */
  moveAlert(): Locator {
    return this.page.locator('.board-view-toolbar [role="alert"]');
  }

  /** Someone's avatar among those on the board; its tooltip says whether they view or edit a task. */
  presenceAvatar(titled: string | RegExp): Locator {
    return this.page.getByTestId('presence').getByRole('listitem').and(this.page.getByTitle(titled));
  }

  /** Who the card says is viewing (`card-viewers`) or editing (`card-editors`) it. */
  cardPresence(card: Locator, activity: 'viewing' | 'editing'): Locator {
    return card.getByTestId(activity === 'viewing' ? 'card-viewers' : 'card-editors');
  }

  /** The header's disclosure that folds the board's title, description and summary away on a phone. */
  detailsToggle(): Locator {
    return this.page.getByTestId('board-details-toggle');
  }

  languageToggle(): Locator {
    return this.page.getByRole('navigation').getByRole('button', { name: /^(中文|English)$/ });
  }

  /**
   * Switches the page to the other language and waits until it is drawn in it: the Chinese texts load
   * on first use, and a drag started before they arrive lands on a board about to be redrawn.
   */
  async switchLanguage(): Promise<void> {
    const toggle = this.languageToggle();
    const other = (await toggle.innerText()).trim() === '中文' ? 'English' : '中文';
    await toggle.click();
    await toggle.filter({ hasText: other }).waitFor();
    await this.columnHeading('todo').waitFor();
  }

  async openCard(card: Locator): Promise<TaskPanel> {
    await card.click();
    const panel = new TaskPanel(this.page);
    await panel.root.waitFor();
    return panel;
  }

  async newTask(): Promise<CreateTaskDialog> {
    await this.page.getByTestId('create-task').click();
    const dialog = new CreateTaskDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  /** Only for those who may change the board: supervisors and admins. */
  settingsButton(): Locator {
    return this.page.getByRole('button', { name: /^(Board settings|台账设置)$/ });
  }

  async openSettings(): Promise<BoardSettingsDialog> {
    await this.settingsButton().click();
    const dialog = new BoardSettingsDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }

  async showTable(): Promise<TablePage> {
    await this.page.getByRole('button', { name: /^(Table|列表)$/ }).click();
    const table = new TablePage(this.page);
    await table.filters().waitFor();
    return table;
  }

  async showHistory(): Promise<HistoryPage> {
    await this.page.getByRole('button', { name: /^(History|操作记录)$/ }).click();
    const history = new HistoryPage(this.page);
    await history.filters().waitFor();
    return history;
  }

  /**
   * Drags a card with the mouse, as a person does: press on the card, move past dnd-kit's 5 px activation
   * distance, glide in steps to the column (so every drag-over is seen), let go.
   */
  async dragCard(card: Locator, status: TaskStatus): Promise<void> {
    await this.gesture(card, status, true);
  }

  /** The same gesture on a card that must not move: no drag may start, so none is waited for. */
  async tryToDrag(card: Locator, status: TaskStatus): Promise<void> {
    await this.gesture(card, status, false);
  }

  private async gesture(card: Locator, status: TaskStatus, starts: boolean): Promise<void> {
    // A drag that is still ending (its card flying back) ignores the next press.
    const dragging = this.page.locator('.task-card-placeholder');
    await dragging.waitFor({ state: 'detached' });
    await card.scrollIntoViewIfNeeded();
    // Raw mouse moves do not wait for the layout to settle (a language switch reflows the board as
    // its texts and fonts arrive): let the card and the column stand still before taking their places.
    await card.hover({ trial: true });
    await this.column(status).hover({ trial: true });
    const from = await boxOf(card);
    const to = await boxOf(this.column(status));
    const start = { x: from.x + 16, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + Math.min(90, to.height / 2) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
    if (
      starts &&
      !(await dragging.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      ))
    ) {
      // A press right after a refused drop is now and then not taken up by dnd-kit (the pointer was
      // on the card; seen in one run in four): let go off the card (so no click opens it) and press again,
      // as a person would.
      await this.page.mouse.move(1, 1);
      await this.page.mouse.up();
      await this.page.mouse.move(start.x, start.y);
      await this.page.mouse.down();
      await this.page.mouse.move(start.x + 12, start.y + 4, { steps: 3 });
      await dragging.waitFor();
    }
    await this.page.mouse.move(end.x, end.y, { steps: 10 });
    await this.page.mouse.move(end.x + 2, end.y + 2);
    await this.page.mouse.up();
    await dragging.waitFor({ state: 'detached' });
  }
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`Not on screen: ${locator.toString()}`);
  return box;
}
