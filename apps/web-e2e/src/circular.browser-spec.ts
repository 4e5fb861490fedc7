import type { ApiClient } from '@duban/api/testing';
import type { BoardView, CreateTaskInput, DepartmentView, TaskView } from '@duban/contracts';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { type BrowserLocale, type ViewportName } from './session';
import { localDay } from './calendar';
import { BulletinPage } from './pages/bulletin-page';
import { DashboardPage } from './pages/dashboard-page';
import { measurePageWidth } from './pages/page-width';

/** The text of a cell: a date as its ISO day. */
function asText(value: ExcelJS.CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

describe('The supervision bulletin (督办通报, /boards/:boardId/circular)', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let water: DepartmentView;
  let leader: ApiClient;
  let supervisor: ApiClient;
  let board: BoardView;

  /** Signs for, starts, submits (as the lead department's member) and verifies (as the supervisor) a task. */
  async function close(task: TaskView, member: ApiClient): Promise<void> {
    let { version } = (await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200))
      .body as TaskView;
    ({ version } = (
      await member
        .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version })
        .expect(200)
    ).body as TaskView);
    ({ version } = (
      await member.post(`/api/tasks/${task.id}/submit`, { result: 'Done as asked', version }).expect(200)
    ).body as TaskView);
    await supervisor.post(`/api/tasks/${task.id}/verify`, { note: 'Checked on site', version }).expect(200);
  }

  beforeAll(async () => {
    [ecology, water] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Water Resources Bureau'),
    ]);
    const waterMember = await suite.factory.user('member', water.id);
    [leader, supervisor] = await Promise.all([
      suite.factory.user('leader'),
      suite.factory.user('supervisor'),
    ]);
    board = await suite.factory.board({ title: 'Central inspection: rectification of problems found' });
    const task = (title: string, input: Partial<CreateTaskInput>) =>
      suite.factory.task(board.id, { title, ...input }, supervisor);
    const quarries = await task('Close the illegal sand quarries', {
      leadDepartmentId: ecology.id,
      responsibleLeaderId: leader.user.id,
      deadline: localDay(-6),
    });
    const riverbanks = await task('Restore the riverbanks', {
      leadDepartmentId: ecology.id,
      deadline: localDay(-2),
    });
    // Two leader instructions: one answered by the lead department, one still awaiting response.
    const ecologyMember = await suite.factory.user('member', ecology.id);
    const instruct = async (taskId: string, body: string) =>
      (
        (await leader.post(`/api/tasks/${taskId}/comments`, { body, kind: 'instruction' }).expect(201))
          .body as {
          id: string;
        }
      ).id;
    const answered = await instruct(quarries.id, 'Close them all before the flood season');
    await ecologyMember
      .post(`/api/tasks/${quarries.id}/comments`, { body: 'Four of six closed', replyToId: answered })
      .expect(201);
    await instruct(riverbanks.id, 'Report the planting plan');
    await task('Survey the sewage outfalls', { leadDepartmentId: water.id, deadline: localDay(30) });
    await close(
      await task('Dredge the northern canal', { leadDepartmentId: water.id, deadline: localDay(10) }),
      waterMember,
    );
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(leader, { size, locale });

  it("opens from the board's dashboard: this month's bulletin with overdue items, their leaders, and what closed", async () => {
    const page = await browserOf();
    const dashboard = await DashboardPage.open(page, suite.testApp.url, board.id);
    await dashboard.page.getByRole('link', { name: 'Bulletin', exact: true }).click();
    await page.waitForURL(/\/circular$/);
    const bulletin = new BulletinPage(page);
    await bulletin.section('summary').waitFor();
    expect(await bulletin.heading().innerText()).toBe(`${board.title}: supervision bulletin`);
    // This month: from its first to its last day.
    const first = `${localDay(0).slice(0, 8)}01`;
    expect(await bulletin.field('from').inputValue()).toBe(first);
    expect(await bulletin.section('summary').innerText()).toMatch(
      /: 1 closed, 1 of them on or before the deadline/,
    );
    expect(await bulletin.rows('overdue')).toEqual([
      [
        '1',
        'Close the illegal sand quarries',
        ecology.name,
        leader.user.displayName,
        expect.any(String),
        '6',
      ],
      ['2', 'Restore the riverbanks', ecology.name, '—', expect.any(String), '2'],
    ]);
    expect((await bulletin.rows('closed')).map((row) => row.slice(1, 3).concat(row[5]!))).toEqual([
      ['Dredge the northern canal', water.name, 'Yes'],
    ]);
    const instructions = await bulletin.rows('instructions');
    expect(instructions.map((row) => [row[1], row[2], row[3]])).toEqual([
      ['Close the illegal sand quarries', leader.user.displayName, 'Close them all before the flood season'],
      ['Restore the riverbanks', leader.user.displayName, 'Report the planting plan'],
    ]);
    expect(instructions[0]![5]).toMatch(/Four of six closed$/);
    expect(instructions[1]![5]).toBe('Awaiting response (0 d)');
    expect(await bulletin.section('summary').innerText()).toMatch(/instructions given: 2, answered: 1/);
    // Today's end, replayed from the log: three open (two overdue), one closed, two due by today.
    expect(await bulletin.section('summary').innerText()).toMatch(
      /: 3 open, 2 of them overdue; 1 closed in all, 2 due by then\./,
    );
    expect(await bulletin.ranked('red')).toEqual([ecology.name]);
    expect(await bulletin.ranked('green')).toEqual([water.name]);

    // A reversed period is refused on the spot, in the reader's language, and nothing is asked.
    await bulletin.field('from').fill('2025-02-10');
    await bulletin.field('to').fill('2025-02-01');
    await bulletin.button('show').click();
    await bulletin.controls().getByRole('alert').filter({ hasText: 'To must not be before From.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();

    // A period long past: nothing closed in it; the figures and overdue items stay as of now.
    await bulletin.showPeriod('2025-01-01', '2025-01-31');
    await bulletin.section('closed').getByText('None.').waitFor();
    expect(await bulletin.period().innerText()).toBe('Period: January 1, 2025 to January 31, 2025');
    expect(await bulletin.rows('overdue')).toHaveLength(2);
    // Back to this month.
    await bulletin.button('thisMonth').click();
    await bulletin.section('closed').locator('tbody tr').first().waitFor();
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)('reads on a %s in %s, the page never scrolling sideways', async (size, locale) => {
    const page = await browserOf(size, locale);
    const bulletin = await BulletinPage.open(page, suite.testApp.url, board.id);
    expect(await bulletin.heading().innerText()).toBe(
      locale === 'zh-CN' ? `《${board.title}》督办通报` : `${board.title}: supervision bulletin`,
    );
    if (locale === 'zh-CN') {
      expect(await bulletin.section('overdue').getByRole('heading').innerText()).toBe('四、逾期事项');
      expect(await bulletin.section('summary').innerText()).toMatch(/共办结督办事项 1 件，其中按期办结 1 件/);
    }
    const width = await measurePageWidth(page);
    expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
    await page.screenshot({
      path: screenshotPath(`circular-${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`),
      fullPage: true,
    });
  });

  it.each(['en-US', 'zh-CN'] as const)(
    'prints in %s without the app header or controls, with a running header of board and period on A4 pages',
    async (locale) => {
      const page = await browserOf('desk', locale);
      const bulletin = await BulletinPage.open(page, suite.testApp.url, board.id);
      await bulletin.button('print').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await bulletin.controls().isVisible()).toBe(false);
      expect(await bulletin.heading().isVisible()).toBe(true);
      // Each later section starts a page; table headers repeat; rows are not cut.
      const styles = await page.evaluate(`(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        return {
          overdue: style('section[data-section="overdue"]').breakBefore,
          thead: style('.bulletin-table thead').display,
          row: style('.bulletin-table tbody tr').breakInside,
        };
      })()`);
      expect(styles).toEqual({ overdue: 'page', thead: 'table-header-group', row: 'avoid' });
      // The running header is an @page margin box holding the board's title and the period.
      const marginBoxes =
        await page.evaluate(`[...document.styleSheets, ...document.adoptedStyleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText))`);
      const header = (marginBoxes as string[]).find((rule) => rule.includes('@top-center'));
      expect(header).toContain(board.title);
      expect(header).toContain(locale === 'zh-CN' ? '督办通报' : 'supervision bulletin');
      expect(header).toContain('counter(pages)');
      await page.screenshot({
        path: screenshotPath(`circular-print-${locale === 'zh-CN' ? 'zh' : 'en'}`),
        fullPage: true,
      });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      await writeFile(
        screenshotPath(`circular-print-${locale === 'zh-CN' ? 'zh' : 'en'}`).replace(/\.png$/, '.pdf'),
        pdf,
      );
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Summary, departments and ranking on the first page; overdue, closed, instructions each on their own.
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(4);
    },
  );

  it('downloads the bulletin as an Excel workbook in the language on screen', async () => {
    const page = await browserOf('desk', 'zh-CN');
    const bulletin = await BulletinPage.open(page, suite.testApp.url, board.id);
    const { fileName, bytes } = await bulletin.download();
    expect(fileName).toBe('bulletin.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '概况',
      '各单位情况',
      '逾期事项',
      '本期办结',
      '领导批示',
    ]);
    const rows = (name: string) => {
      const texts: string[][] = [];
      workbook
        .getWorksheet(name)!
        .eachRow((row) => texts.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), asText)));
      return texts;
    };
    expect(rows('概况')[0]).toEqual([`《${board.title}》督办通报`]);
    expect(rows('逾期事项')).toEqual([
      ['事项', '牵头单位', '责任领导', '办理时限', '逾期天数', '状态'],
      ['Close the illegal sand quarries', ecology.name, leader.user.displayName, localDay(-6), '6', '未开始'],
      ['Restore the riverbanks', ecology.name, '', localDay(-2), '2', '未开始'],
    ]);
    expect(
      rows('本期办结')
        .slice(1)
        .map((row) => [row[0], row[5]]),
    ).toEqual([['Dredge the northern canal', '是']]);
    expect(rows('领导批示').map((row) => [row[0], row[3], row[7]])).toEqual([
      ['事项', '批示内容', '回复内容'],
      ['Close the illegal sand quarries', 'Close them all before the flood season', 'Four of six closed'],
      ['Restore the riverbanks', 'Report the planting plan', '待回复'],
    ]);
    expect(
      rows('各单位情况')
        .slice(1)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      [ecology.name, '红榜'],
      [water.name, '绿榜'],
    ]);
  });
});
