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
    await this.closeButton().click();
    await this.root.waitFor({ state: 'detached' });
  }

  closeButton(): Locator {
    return this.root.getByRole('button', { name: /^(Close|关闭)$/ }).first();
  }

  /** "n / limit" under a text field once its text nears the limit. */
  lengthCounter(): Locator {
    return this.root.getByTestId('length-counter');
  }

  /** The 进展反馈 tab's form: the report text, the progress reached, and "Post report". */
  async openReports(): Promise<ReportForm> {
    await this.root.getByRole('tab', { name: /^(Progress reports|进展反馈)$/ }).click();
    const form = new ReportForm(this.root);
    await form.root.waitFor();
    return form;
  }

  reports(): Locator {
    return this.root.getByTestId('report');
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

/** The progress report form (进展反馈) in the task panel's Reports tab. */
export class ReportForm {
  readonly root: Locator;

  constructor(panel: Locator) {
    this.root = panel.getByTestId('report-form');
  }

  text(): Locator {
    return this.root.getByRole('textbox');
  }

  progress(): Locator {
    return this.root.getByRole('slider');
  }

  postButton(): Locator {
    return this.root.getByRole('button', { name: /^(Post report|提交反馈)$/ });
  }
}
