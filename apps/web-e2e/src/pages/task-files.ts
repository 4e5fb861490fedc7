import type { Locator, Page } from 'playwright-core';
import type { TaskPanel } from './task-panel';

/** A file as a browser's file chooser hands it over. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Evidence files (佐证材料) wherever the task panel shows them: the Files tab, or a supervision step's
 * evidence (`root` is then that step's form).
 */
export class TaskFiles {
  constructor(readonly root: Locator) {}

  /** Opens the panel's Files tab (its label counts the files: "Files (2)", "附件（2）"). */
  static async openTab(panel: TaskPanel): Promise<TaskFiles> {
    await TaskFiles.tab(panel).click();
    const files = new TaskFiles(panel.root.getByTestId('task-files'));
    await files.root.waitFor();
    return files;
  }

  static tab(panel: TaskPanel): Locator {
    return panel.root.getByRole('tab', { name: /^(Files|附件)/ });
  }

  chooseButton(): Locator {
    return this.root.getByRole('button', { name: /^(Choose files|选择文件)$/ });
  }

  /**
   * Picks files through the browser's file chooser, as a person does (on a phone too); says whether the
   * chooser let several be picked at once.
   */
  async attach(page: Page, ...files: ChosenFile[]): Promise<{ multiple: boolean }> {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), this.chooseButton().click()]);
    await chooser.setFiles(files);
    return { multiple: chooser.isMultiple() };
  }

  /** The upload of one file: `data-state` is sending, done or failed. */
  upload(name: string): Locator {
    return this.root.getByTestId('upload').filter({ hasText: name });
  }

  file(name: string): Locator {
    return this.root.getByTestId('attachment').filter({ hasText: name });
  }

  thumbnail(name: string): Locator {
    return this.file(name).getByTestId('attachment-thumbnail');
  }
}

/** Whether an <img> has loaded a picture (a blocked or broken one has no natural width). */
export function imageLoaded(image: Locator): Promise<boolean> {
  return image.evaluate((element) => {
    const picture = element as unknown as { complete: boolean; naturalWidth: number };
    return picture.complete && picture.naturalWidth > 0;
  });
}
