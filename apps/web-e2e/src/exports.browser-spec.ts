import type { DepartmentView, TaskView } from '@duban/contracts';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import type { BoardPage } from './pages/board-page';
import { TableExports } from './pages/table-exports';

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A cell as text; a date as its ISO day. */
function asText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** The first sheet's rows as text (dates as ISO dates), header first. */
async function readSheet(bytes: Buffer): Promise<{ rows: string[][]; dates: unknown[] }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  const dates: unknown[] = [];
  sheet.eachRow((row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows.push(values.map(asText));
    if (number > 1) dates.push(row.getCell(8).value);
  });
  return { rows, dates };
}

/** Holds the export's request until the page has shown that it is preparing the file. */
async function holdExports(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/export.*', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

describe('Exports (导出): the table as filtered, downloaded as Excel or CSV', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let water: DepartmentView;

  beforeAll(async () => {
    [ecology, water] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Water Resources Bureau'),
    ]);
  });

  async function filteredTable(boardPage: BoardPage) {
    const table = await boardPage.showTable();
    await table
      .filters()
      .getByRole('combobox', { name: /^(Department|单位)/ })
      .selectOption({ label: ecology.name });
    await table.summaryShowing(2, 4).waitFor();
    return table;
  }

  it('downloads the filtered rows as XLSX, saying "Preparing…" meanwhile, in the language on screen', async () => {
    const board = await suite.factory.board({ title: 'Central inspection: rectification ledger' });
    const created: TaskView[] = [];
    for (const input of [
      { title: 'Close the illegal sand quarries', leadDepartmentId: ecology.id, deadline: '2031-06-30' },
      { title: 'Dredge the northern canal', leadDepartmentId: water.id },
      {
        title: 'Survey the sewage outfalls',
        kind: 'rectification' as const,
        leadDepartmentId: water.id,
        cooperatingDepartmentIds: [ecology.id],
      },
      { title: 'Plant the riverside shelter belt' },
    ]) {
      created.push(await suite.factory.task(board.id, input));
    }
    const supervisor = await suite.factory.user('supervisor');
    const boardPage = await suite.openBoard(supervisor, board.id);
    const { page } = boardPage;
    await page.setViewportSize(DESK);
    await filteredTable(boardPage);
    const exports = new TableExports(page);

    const release = await holdExports(page);
    const downloading = exports.download('xlsx');
    await exports.preparing().waitFor();
    release();
    const { fileName, bytes } = await downloading;

    expect(fileName).toBe('tasks.xlsx');
    const { rows, dates } = await readSheet(bytes);
    expect(rows[0]!.slice(0, 4)).toEqual(['Title', 'Kind', 'Status', 'Lead department']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'Close the illegal sand quarries',
      'Survey the sewage outfalls',
    ]);
    expect(rows[2]!.slice(1, 5)).toEqual(['Rectification item', 'Not started', water.name, ecology.name]);
    expect(dates[0]).toEqual(new Date('2031-06-30T00:00:00Z'));
    await exports.button('xlsx').waitFor();
    await page.screenshot({ path: screenshotPath('exports-toolbar-desk-en') });
    await page.setViewportSize(PHONE);
    await exports.toolbar().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('exports-toolbar-phone-en') });

    // In Chinese, the same rows with Chinese headers and words.
    await page.setViewportSize(DESK);
    await boardPage.languageToggle().click();
    await exports.button('csv').filter({ hasText: '导出 CSV' }).waitFor();
    await page.screenshot({ path: screenshotPath('exports-toolbar-desk-zh') });
    const chinese = await readSheet((await exports.download('xlsx')).bytes);
    expect(chinese.rows[0]!.slice(0, 6)).toEqual([
      '标题',
      '类型',
      '状态',
      '牵头单位',
      '配合单位',
      '责任领导',
    ]);
    expect(chinese.rows.slice(1).map((row) => row[2])).toEqual(['未开始', '未开始']);
    await page.setViewportSize(PHONE);
    await exports.toolbar().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('exports-toolbar-phone-zh') });
    await boardPage.languageToggle().click();
    await exports.button('csv').filter({ hasText: 'Download CSV' }).waitFor();
  });

  it('downloads the same filtered rows as CSV with a byte order mark', async () => {
    const board = await suite.factory.board({ title: 'Spring inspection' });
    for (const input of [
      { title: 'Check the landfill liners', leadDepartmentId: ecology.id },
      { title: 'Repair the flood gates', leadDepartmentId: water.id },
      {
        title: 'Test the drinking water',
        leadDepartmentId: water.id,
        cooperatingDepartmentIds: [ecology.id],
      },
      { title: 'Count the wetland birds' },
    ]) {
      await suite.factory.task(board.id, input);
    }
    const boardPage = await suite.openBoard(await suite.factory.user('supervisor'), board.id);
    await filteredTable(boardPage);

    const { fileName, bytes } = await new TableExports(boardPage.page).download('csv');

    expect(fileName).toBe('tasks.csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'Check the landfill liners',
      'Test the drinking water',
    ]);
  });
});
