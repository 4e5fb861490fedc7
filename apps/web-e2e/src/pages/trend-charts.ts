import type { Locator, Page } from 'playwright-core';

/** The dashboard's history charts (burn-up, overdue over time) and the table they are spoken as. */
export class TrendCharts {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByTestId('trend');
  }

  /** Waits until both charts have drawn (Recharts loads on its own). */
  async waitForCharts(): Promise<void> {
    await this.page.getByTestId('trend-burnup').locator('.recharts-surface').first().waitFor();
    await this.page.getByTestId('trend-overdue').locator('.recharts-surface').first().waitFor();
  }

  rangeButton(name: string): Locator {
    return this.section().getByRole('button', { name, exact: true });
  }

  /** The visually hidden table's rows (date, due, closed, overdue, open), oldest first. */
  async days(): Promise<string[][]> {
    return this.page
      .getByTestId('trend-table')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          Array.from((row as { children: ArrayLike<{ textContent: string | null }> }).children).map(
            (cell) => cell.textContent ?? '',
          ),
        ),
      );
  }

  /** Today's figures (the last row): [due, closed, overdue, open]. */
  async today(): Promise<number[]> {
    const days = await this.days();
    return (days.at(-1) ?? []).slice(1).map(Number);
  }

  /** Waits until today's figures (due, closed, overdue, open) are `expected`: they follow changes by themselves. */
  async waitForToday(expected: number[], timeout = 10_000): Promise<void> {
    await this.page
      .locator(`[data-testid="trend-table"] tbody tr:last-child[data-figures="${expected.join()}"]`)
      .waitFor({ state: 'attached', timeout });
  }

  /** Waits until the table has a row for each of `count` days. */
  async waitForDays(count: number): Promise<void> {
    await this.page
      .locator(`[data-testid="trend-table"] tbody tr:nth-child(${count}):last-child`)
      .waitFor({ state: 'attached' });
  }
}
