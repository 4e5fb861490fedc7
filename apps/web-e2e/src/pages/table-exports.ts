import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export type ExportFormat = 'csv' | 'xlsx';

const LABELS: Record<ExportFormat, RegExp> = {
  csv: /^(Download CSV|导出 CSV)$/,
  xlsx: /^(Download Excel|导出 Excel)$/,
};

/** "Preparing…" (正在准备…), alone or with how far the file has come. */
export const PREPARING = /^(Preparing…|正在准备…)( \d+%| [\d,]+ KB)?$/;
export const PROGRESS = {
  percent: /^(Preparing…|正在准备…) \d+%$/,
  kilobytes: /^(Preparing…|正在准备…) [\d,]+ KB$/,
} as const;

/** The table view's downloads (导出): the rows as filtered, as CSV or Excel. */
export class TableExports {
  constructor(readonly page: Page) {}

  /** The table's toolbar: the "Showing N of M" line and the download buttons. */
  toolbar(): Locator {
    return this.page.locator('.table-toolbar');
  }

  button(format: ExportFormat): Locator {
    return this.toolbar().getByRole('button', { name: LABELS[format] });
  }

  /** A button that says it is preparing the file (its label while the download runs), with or without a figure. */
  preparing(): Locator {
    return this.toolbar().getByRole('button', { name: PREPARING });
  }

  /** A button that says how far its file has come: "Preparing… 42%" (CSV) or "Preparing… 240 KB" (Excel). */
  progress(figure: 'percent' | 'kilobytes'): Locator {
    return this.toolbar().getByRole('button', { name: PROGRESS[figure] });
  }

  /** Clicks the button and answers the saved file's name and bytes. */
  async download(format: ExportFormat): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button(format).click()]);
    return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
