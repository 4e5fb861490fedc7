import type { Locator, Page } from 'playwright-core';

/** /boards/:boardId/minutes/:minutesId: the minutes as a document, decisions highlighted, their tasks under them. */
export class MinutesPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, baseUrl: string, boardId: string, minutesId: string, taskId?: string) {
    const query = taskId ? `?task=${taskId}` : '';
    await page.goto(`${baseUrl}/boards/${boardId}/minutes/${minutesId}${query}`);
    const minutes = new MinutesPage(page);
    await minutes.document().waitFor();
    return minutes;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  document(): Locator {
    return this.page.getByTestId('minutes-document');
  }

  /** Every highlighted run of text (a decision, or the part two decisions share). */
  decisions(): Locator {
    return this.document().locator('mark');
  }

  /** The runs of the decision `?task=` names, shown stronger than the others. */
  currentDecision(): Locator {
    return this.document().locator('mark.minutes-decision-current');
  }

  /** The task under its decision: title link, status and light. */
  task(taskId: string): Locator {
    return this.document().locator(`[data-task-id="${taskId}"]`);
  }

  /** The task once its status is `status` (it follows the board live). */
  taskWithStatus(taskId: string, status: string): Locator {
    return this.document().locator(`[data-task-id="${taskId}"][data-status="${status}"]`);
  }

  progress(): Locator {
    return this.page.getByTestId('minutes-progress');
  }

  /** Whether the element's box is (at least partly) inside the window, as after scrolling to it. */
  async inView(element: Locator): Promise<boolean> {
    const box = await element.boundingBox();
    const window = this.page.viewportSize();
    return !!box && !!window && box.y + box.height > 0 && box.y < window.height;
  }
}
