import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from './text';

type RankingList = 'red' | 'yellow' | 'green';

/** /dashboard (every board) and /boards/:boardId/dashboard (one board): the leaders' figures. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  /** Opens the dashboard by its link and waits until its figures are shown. */
  static async open(page: Page, baseUrl: string, boardId: string | null = null): Promise<DashboardPage> {
    await page.goto(`${baseUrl}${boardId ? `/boards/${boardId}` : ''}/dashboard`);
    const dashboard = new DashboardPage(page);
    await dashboard.waitForFigures();
    return dashboard;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async waitForFigures(): Promise<void> {
    await this.page.getByRole('region', { name: /^(Totals|合计)$/ }).waitFor();
  }

  /** A total by its data-figure name (tasks, overdue, done, …). */
  total(figure: string): Locator {
    return this.page.locator(`.dashboard-tile[data-figure="${figure}"] dd`);
  }

  departmentRow(name: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  /** A department's figure that opens the table, e.g. ("Ecology Bureau", "Overdue", 2). */
  figureLink(department: string, column: string, value: number): Locator {
    return this.page.getByRole('link', { name: `${department}, ${column}: ${value}`, exact: true });
  }

  rankingList(list: RankingList): Locator {
    return this.page.locator(`[data-ranking="${list}"]`);
  }

  /** The department names on a list, in rank order. */
  async ranked(list: RankingList): Promise<string[]> {
    return this.rankingList(list).locator('.ranking-name').allInnerTexts();
  }

  /** Waits until the department is on the list (the figures follow changes by themselves). */
  async waitUntilRanked(list: RankingList, department: string, timeout = 10_000): Promise<void> {
    await this.rankingList(list).locator('.ranking-name', { hasText: department }).waitFor({ timeout });
  }

  chart(): Locator {
    return this.page.getByTestId('status-chart');
  }
}
