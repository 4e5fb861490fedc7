import type { Locator, Page } from 'playwright-core';

/** /boards/:boardId?view=table: the tasks as a table, with filters kept in the URL. */
export class TablePage {
  constructor(readonly page: Page) {}

  filters(): Locator {
    return this.page.getByRole('search', { name: /^(Filter tasks|筛选)/ });
  }

  statusFilter(): Locator {
    return this.filters().getByRole('combobox', { name: /^(Status|状态)/ });
  }

  async filterByStatus(label: string): Promise<void> {
    await this.statusFilter().selectOption({ label });
  }

  rows(): Locator {
    return this.page.getByTestId('task-row');
  }

  /** The "Showing N of M tasks" line once it says so. */
  summaryShowing(shown: number, total: number): Locator {
    return this.page.getByText(`Showing ${shown} of ${total} tasks`, { exact: true });
  }
}
