import type { Locator, Page } from 'playwright-core';

/** Leader instructions (领导批示) in the task panel: above its comments, with their status and Reply. */
export class InstructionsInPanel {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('task-panel');
  }

  instructions(): Locator {
    return this.root.getByTestId('instruction');
  }

  /** The instruction whose text includes `text`. */
  instruction(text: string): Locator {
    return this.instructions().filter({ hasText: text });
  }

  /** "Awaiting response · 3 days", "Answered by …" (or their Chinese) of the instruction. */
  status(instruction: Locator): Locator {
    return instruction.getByTestId('instruction-status');
  }

  /** As a leader: posts the text as an instruction ("Post as instruction") and waits until it shows. */
  async give(text: string): Promise<Locator> {
    await this.root.getByLabel('Post as instruction', { exact: true }).check();
    await this.root.getByLabel('New instruction', { exact: true }).fill(text);
    await this.root.getByRole('button', { name: 'Post instruction', exact: true }).click();
    const shown = this.instruction(text);
    await shown.waitFor();
    return shown;
  }

  /** As a member of the lead department: replies to the instruction, which then says who answered it. */
  async reply(instruction: Locator, text: string): Promise<void> {
    await instruction.getByRole('button', { name: 'Reply', exact: true }).click();
    await instruction.getByRole('textbox').fill(text);
    await instruction.getByRole('button', { name: 'Post reply', exact: true }).click();
    await this.root.getByTestId('comment').filter({ hasText: text }).waitFor();
  }
}

/** The dashboard's "Instructions awaiting response" (待回复的批示). */
export class AwaitingInstructionsSection {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('awaiting-instructions');
  }

  item(taskTitle: string): Locator {
    return this.root.getByRole('listitem').filter({ hasText: taskTitle });
  }
}
