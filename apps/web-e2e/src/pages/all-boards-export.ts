import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { PROGRESS, type ExportFormat } from './table-exports';

const LABELS: Record<ExportFormat, RegExp> = {
  csv: /^(Download all boards \(CSV\)|导出全部台账 \(CSV\))$/,
  xlsx: /^(Download all boards \(Excel\)|导出全部台账 \(Excel\))$/,
};

/** On /dashboard: every board the user may see in one file (导出全部台账), Excel or CSV. */
export class AllBoardsExport {
  constructor(readonly page: Page) {}

  group(): Locator {
    return this.page.getByRole('group', { name: /^(Export all boards|导出全部台账)$/ });
  }

  button(format: ExportFormat): Locator {
    return this.group().getByRole('button', { name: LABELS[format] });
  }

  /** A button that says how far its file has come: "Preparing… 42%" (CSV) or "Preparing… 240 KB" (Excel). */
  progress(figure: keyof typeof PROGRESS): Locator {
    return this.group().getByRole('button', { name: PROGRESS[figure] });
  }

  /** The Cancel button beside a download that is running. */
  cancel(): Locator {
    return this.group().getByRole('button', { name: /^(Cancel|取消)：?/ });
  }

  /**
   * Clicks the button; `whileRunning` sees the page before the file has arrived. Answers the saved file's
   * name and bytes.
   */
  async download(
    format: ExportFormat,
    whileRunning: () => Promise<void> = () => Promise.resolve(),
  ): Promise<{ fileName: string; bytes: Buffer }> {
    const downloaded = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.button(format).click();
    await whileRunning();
    const download = await downloaded;
    return { fileName: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
