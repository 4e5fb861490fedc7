import type { BoardView, DepartmentView } from '@duban/contracts';
import type { ApiClient } from '@duban/api/testing';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { VIEWPORTS, type BrowserLocale, type ViewportName } from './session';
import { AllBoardsExport } from './pages/all-boards-export';
import { DashboardPage } from './pages/dashboard-page';
import { measurePageWidth } from './pages/page-width';
import { TableExports } from './pages/table-exports';

/** Enough rows that the file takes a while to arrive on a slowed network, so progress shows. */
const LARGE_BOARD_TASKS = 1500;

/**
 * Slows the page's network to `kilobytesPerSecond` (Chromium's own throttling, as DevTools does), so a
 * file streams in over seconds and the page can be seen showing how far it has come. Answers the undo.
 */
async function slowNetwork(page: Page, kilobytesPerSecond: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const conditions = { offline: false, latency: 0, uploadThroughput: -1 };
  await cdp.send('Network.emulateNetworkConditions', {
    ...conditions,
    downloadThroughput: kilobytesPerSecond * 1024,
  });
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', { ...conditions, downloadThroughput: -1 });
    await cdp.detach();
  };
}

/** The CSV's lines split into cells (these files' cells hold no comma, quote or newline). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).not.toContain('"');
  return text
    .slice(1)
    .trim()
    .split('\n')
    .map((line) => line.split(','));
}

/** The percentage a button shows ("Preparing… 42%"). */
function percentOf(label: string): number {
  return Number(/(\d+)%$/.exec(label)?.[1]);
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('Exports with progress: every board from the dashboard (导出全部台账), a large board from its table', () => {
  const suite = useBrowserSuite();
  let roads: DepartmentView;
  let member: ApiClient;
  let large: BoardView;
  let small: BoardView;
  let hidden: BoardView;

  beforeAll(async () => {
    roads = await suite.factory.department('Roads and Bridges Bureau');
    const water = await suite.factory.department('Water Resources Bureau');
    member = await suite.factory.user('member', roads.id);
    large = await suite.factory.board({
      title: 'Central inspection 2026/Q1: [rectification] ledger of roads',
    });
    small = await suite.factory.board({ title: 'Bridges', departmentIds: [roads.id] });
    hidden = await suite.factory.board({ title: 'Reservoir safety', departmentIds: [water.id] });
    // The API's own path, fifty at a time (as the bench seeds its boards).
    for (let start = 0; start < LARGE_BOARD_TASKS; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, offset) =>
          suite.factory.task(large.id, {
            title: `Repair road section ${start + offset + 1}`,
            leadDepartmentId: roads.id,
            deadline: '2031-03-31',
          }),
        ),
      );
    }
    await suite.factory.task(small.id, { title: 'Paint the river bridge railings' });
    await suite.factory.task(hidden.id, { title: 'Inspect the dam spillway' });
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(member, { size, locale });

  it('downloads every board the member may see as CSV, the button counting the rows in before the file arrives', async () => {
    const page = await browserOf('desk', 'en-US');
    await DashboardPage.open(page, suite.testApp.url);
    const exports = new AllBoardsExport(page);
    const restore = await slowNetwork(page, 160);

    const seen: number[] = [];
    const { fileName, bytes } = await exports.download('csv', async () => {
      const progress = exports.progress('percent');
      await progress.waitFor();
      seen.push(percentOf(await progress.innerText()));
      await page.screenshot({ path: screenshotPath('exports-all-progress-desk-en') });
      await exports
        .progress('percent')
        .filter({ hasNotText: /^Preparing… 0%$/ })
        .waitFor();
      seen.push(percentOf(await exports.progress('percent').innerText()));
    });
    await restore();

    expect(fileName).toBe('all-boards.csv');
    expect(seen.every((percent) => percent >= 0 && percent < 100)).toBe(true);
    expect(seen.some((percent) => percent > 0)).toBe(true);
    const [header, ...rows] = csvRows(bytes);
    expect(header!.slice(0, 3)).toEqual(['Board', 'Title', 'Kind']);
    // The large board in board order, then the bridges; not the water office's board.
    expect(rows).toHaveLength(LARGE_BOARD_TASKS + 1);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([large.title, small.title]));
    // (Created fifty at a time, the large board's tasks are in board order, not in their numbers' order.)
    const largeRows = rows.slice(0, LARGE_BOARD_TASKS);
    expect(largeRows.every((row) => row[0] === large.title)).toBe(true);
    expect(new Set(largeRows.map((row) => row[1])).size).toBe(LARGE_BOARD_TASKS);
    expect(rows.at(-1)!.slice(0, 2)).toEqual([small.title, 'Paint the river bridge railings']);
    await exports.button('csv').waitFor();
  });

  it('downloads them as Excel, a sheet per board named safely, the button counting the kilobytes in', async () => {
    const page = await browserOf('desk', 'en-US');
    await DashboardPage.open(page, suite.testApp.url);
    const exports = new AllBoardsExport(page);
    const restore = await slowNetwork(page, 32);

    const { fileName, bytes } = await exports.download('xlsx', async () => {
      await exports.progress('kilobytes').waitFor();
      await exports.cancel().waitFor();
    });
    await restore();

    expect(fileName).toBe('all-boards.xlsx');
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.actualRowCount])).toEqual([
      ['Central inspection 2026_Q1_ _re', LARGE_BOARD_TASKS + 1],
      ['Bridges', 2],
    ]);
    expect(workbook.worksheets[1]!.getCell('A2').value).toBe('Paint the river bridge railings');
    expect(workbook.worksheets[0]!.getCell('H2').value).toEqual(new Date('2031-03-31T00:00:00Z'));
  });

  it("shows the percentage on the table's own CSV button, and Cancel stops the download", async () => {
    const boardPage = await suite.openBoard(member, large.id);
    const { page } = boardPage;
    await page.setViewportSize(VIEWPORTS.desk);
    await boardPage.showTable();
    const exports = new TableExports(page);
    const restore = await slowNetwork(page, 24);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));

    await exports.button('csv').click();
    await exports.progress('percent').waitFor();
    await page.getByRole('button', { name: /^Cancel: Download CSV$/ }).click();
    await exports.button('csv').waitFor();
    await restore();

    // Cancelled: no file, and no failure reported.
    expect(downloads).toEqual([]);
    expect(await exports.toolbar().getByRole('alert').count()).toBe(0);
    const { fileName, bytes } = await exports.download('csv');
    expect(fileName).toBe('tasks.csv');
    expect(csvRows(bytes)).toHaveLength(LARGE_BOARD_TASKS + 1);
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)(
    'shows the export control on a %s in %s, the page never scrolling sideways',
    async (size, locale) => {
      const page = await browserOf(size, locale);
      await DashboardPage.open(page, suite.testApp.url);
      const exports = new AllBoardsExport(page);
      const zh = locale === 'zh-CN';
      expect(await exports.button('xlsx').innerText()).toBe(
        zh ? '导出全部台账 (Excel)' : 'Download all boards (Excel)',
      );
      expect(await exports.button('csv').innerText()).toBe(
        zh ? '导出全部台账 (CSV)' : 'Download all boards (CSV)',
      );
      const restore = await slowNetwork(page, 48);

      await exports.download('xlsx', async () => {
        await exports.progress('kilobytes').waitFor();
        const width = await measurePageWidth(page);
        expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
        await page.screenshot({ path: screenshotPath(`exports-all-dashboard-${size}-${zh ? 'zh' : 'en'}`) });
      });
      await restore();
    },
  );
});
