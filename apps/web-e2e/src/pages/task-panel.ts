import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

/** The task drawer at /boards/:boardId/tasks/:taskId: fields, Save, comments and history. */
export class TaskPanel {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('task-panel');
  }

  heading(title: string): Locator {
    return this.root.getByRole('heading', { level: 2, name: exactly(title) });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The checkboxes of a multiple choice (cooperating departments, assignees) share one fieldset. */
  choiceGroup(legend: string): Locator {
    return this.root.getByRole('group', { name: legend, exact: true });
  }

  progressSlider(): Locator {
    return this.root.getByRole('slider', { name: 'Progress' });
  }

  saveButton(): Locator {
    return this.root.getByRole('button', { name: 'Save', exact: true });
  }

  notice(text: string | RegExp): Locator {
    return this.root.getByText(text);
  }

  /** Saves the form and waits for the API to confirm it. */
  async save(): Promise<void> {
    await this.saveButton().click();
    await this.root
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close', exact: true }).click();
    await this.root.waitFor({ state: 'detached' });
  }

  comments(): Locator {
    return this.root.getByTestId('comment');
  }

  /** Posts a comment and waits until the thread shows it. */
  async postComment(body: string, shownAs: string): Promise<Locator> {
    const before = await this.comments().count();
    await this.root.getByLabel('New comment').fill(body);
    await this.root.getByRole('button', { name: 'Post', exact: true }).click();
    const posted = this.comments().nth(before).filter({ hasText: shownAs });
    await posted.waitFor();
    return posted;
  }
}
