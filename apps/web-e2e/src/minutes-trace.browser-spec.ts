import type { ApiClient } from '@duban/api/testing';
import type { BoardView, DepartmentView, ImportMinutesResult, MinutesTaskDraft } from '@duban/contracts';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { localDay } from './calendar';
import { AdminPage } from './pages/admin-page';
import { BoardPage } from './pages/board-page';
import { MinutesPage } from './pages/minutes-page';
import { measurePageWidth } from './pages/page-width';
import { type BrowserLocale, type ViewportName } from './session';

const LIVE_TIMEOUT = 10_000;

const EN_DECISIONS = [
  'It is necessary to close all illegal sand quarries along the Min River by the end of the month.',
  'Efforts should be made to restore the riverbanks damaged by quarrying, with native planting.',
  'The meeting required the Water Resources Bureau to dredge the northern canal before the flood season.',
] as const;

/** Minutes with background before, between and after the decisions: the last one is below a desk's fold. */
const EN_MINUTES = [
  'Minutes of the 12th executive meeting of the municipal government',
  '',
  'On 21 April the municipal government held its 12th executive meeting, chaired by the mayor. ' +
    'The meeting heard the report of the Ecology and Environment Bureau on the rectification of the ' +
    'problems found by the central ecological environmental protection inspection, and the report of ' +
    'the Water Resources Bureau on the preparations for the flood season.',
  '',
  ...Array.from(
    { length: 6 },
    (_, index) =>
      `Background ${index + 1}: the inspection team visited the river basin, spoke with residents and ` +
      'reviewed the permits issued over the last five years; its findings were discussed at length, and ' +
      'the departments concerned explained the measures already taken and those still planned.\n',
  ),
  `The meeting pointed out that the quarries are the main source of the problem. ${EN_DECISIONS[0]} ` +
    EN_DECISIONS[1],
  '',
  ...Array.from(
    { length: 5 },
    (_, index) =>
      `Report ${index + 1}: the districts described their flood-control staffing, the state of the ` +
      'embankments and the warning system, and the supplies kept in store for an emergency.\n',
  ),
  EN_DECISIONS[2],
  '',
  'The meeting also studied other matters.',
].join('\n');

const ZH_DECISIONS = [
  '各区要切实做好汛前河道清淤工作，10月底前全部完成。',
  '要加快推进城北污水管网建设，确保年内投入使用。',
] as const;

const ZH_MINUTES = [
  '市政府第13次常务会议纪要',
  '',
  '4月28日，市长主持召开市政府第13次常务会议。会议听取了市水务局关于防汛准备工作情况的汇报，' +
    '听取了市生态环境局关于中央生态环境保护督察反馈问题整改进展的汇报。',
  '',
  `会议要求，一是${ZH_DECISIONS[0]}二是${ZH_DECISIONS[1]}`,
  '',
  '会议还研究了其他事项。',
].join('\n');

describe('Traceability: a task shows the decision it came from in the minutes (会议纪要)', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let water: DepartmentView;
  let supervisor: ApiClient;
  let otherSupervisor: ApiClient;
  let leader: ApiClient;
  let board: BoardView;
  let english: ImportMinutesResult;
  let chinese: ImportMinutesResult;

  /** One draft per decision, its span found in the text (UTF-16 offsets, as the server's preview gives). */
  function draftsOf(
    text: string,
    decisions: readonly string[],
    extra: Partial<MinutesTaskDraft>[],
  ): MinutesTaskDraft[] {
    return decisions.map((decision, index) => {
      const sourceStart = text.indexOf(decision);
      if (sourceStart < 0) throw new Error(`not in the minutes: ${decision}`);
      return {
        title: decision,
        description: decision,
        cooperatingDepartmentIds: [],
        sourceStart,
        sourceEnd: sourceStart + decision.length,
        ...extra[index],
      };
    });
  }

  async function importMinutes(text: string, drafts: MinutesTaskDraft[]): Promise<ImportMinutesResult> {
    return (await supervisor.post(`/api/boards/${board.id}/minutes`, { text, drafts }).expect(201))
      .body as ImportMinutesResult;
  }

  beforeAll(async () => {
    [ecology, water] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Water Resources Bureau'),
    ]);
    [supervisor, otherSupervisor, leader] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('supervisor'),
      suite.factory.user('leader'),
    ]);
    board = await suite.factory.board({ title: 'Central inspection: rectification of problems found' });
    english = await importMinutes(
      EN_MINUTES,
      draftsOf(EN_MINUTES, EN_DECISIONS, [
        {
          title: 'Close the illegal sand quarries along the Min River',
          leadDepartmentId: ecology.id,
          deadline: localDay(-3),
        },
        {
          title: 'Restore the riverbanks damaged by quarrying',
          leadDepartmentId: ecology.id,
          deadline: localDay(2),
        },
        {
          title: 'Dredge the northern canal before the flood season',
          leadDepartmentId: water.id,
          deadline: localDay(40),
        },
      ]),
    );
    chinese = await importMinutes(
      ZH_MINUTES,
      draftsOf(ZH_MINUTES, ZH_DECISIONS, [
        { title: '做好汛前河道清淤', leadDepartmentId: water.id, deadline: localDay(-1) },
        { title: '加快城北污水管网建设', leadDepartmentId: water.id },
      ]),
    );
  });

  it('jumps from a task to its sentence, highlighted and in view, and follows the task live', async () => {
    const dredge = english.tasks[2]!;
    const page = await suite.pageOf(leader, { size: 'desk' });
    await page.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${dredge.id}`);
    const fromMinutes = page.getByRole('link', {
      name: /^From minutes: Minutes of the 12th executive meeting/,
    });
    await fromMinutes.waitFor();
    await page.screenshot({ path: screenshotPath('minutes-trace-task-panel-desk-en') });
    await fromMinutes.click();
    await page.waitForURL(
      new RegExp(`/boards/${board.id}/minutes/${english.minutesId}\\?task=${dredge.id}$`),
    );
    const minutes = new MinutesPage(page);
    await minutes.currentDecision().first().waitFor();
    expect(await minutes.currentDecision().allInnerTexts()).toEqual([EN_DECISIONS[2]]);
    expect(await minutes.decisions().allInnerTexts()).toEqual([...EN_DECISIONS]);
    // The document is taller than the window: the decision was scrolled to, and its task link has the focus.
    expect(await page.evaluate('document.documentElement.scrollHeight > window.innerHeight')).toBe(true);
    expect(await minutes.inView(minutes.currentDecision().first())).toBe(true);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(dredge.title);
    expect(await minutes.task(dredge.id).innerText()).toMatch(/Not started/);
    expect(await minutes.progress().innerText()).toMatch(/3 decisions became tasks/);

    // Another supervisor moves the task on the board: the minutes follow without a reload.
    const otherBoard = await BoardPage.open(await suite.pageOf(otherSupervisor), suite.testApp.url, board.id);
    await otherBoard.dragCard(otherBoard.card(dredge.title), 'in_progress');
    await minutes.taskWithStatus(dredge.id, 'in_progress').waitFor({ timeout: LIVE_TIMEOUT });
    expect(await minutes.task(dredge.id).innerText()).toMatch(/In progress/);

    // The task's title under the decision opens it on the board.
    await minutes.task(dredge.id).getByRole('link', { name: dredge.title }).click();
    await page.waitForURL(new RegExp(`/boards/${board.id}/tasks/${dredge.id}$`));
  });

  it('lists the board’s minutes newest first, from the board header', async () => {
    const page = await suite.pageOf(supervisor, { size: 'desk' });
    await BoardPage.open(page, suite.testApp.url, board.id);
    await page.getByRole('link', { name: 'Minutes', exact: true }).click();
    await page.waitForURL(new RegExp(`/boards/${board.id}/minutes$`));
    const items = page.getByTestId('minutes-list').getByRole('listitem');
    await items.first().waitFor();
    expect(await items.allInnerTexts()).toEqual([
      expect.stringMatching(/^市政府第13次常务会议纪要[\s\S]*2 tasks$/),
      expect.stringMatching(/^Minutes of the 12th executive meeting[\s\S]*3 tasks$/),
    ]);
    expect(await page.getByTestId('import-minutes').getAttribute('href')).toBe(
      `/boards/${board.id}/minutes/import`,
    );
    await page.screenshot({ path: screenshotPath('minutes-trace-list-desk-en') });
  });

  it('keeps the board header inside a phone’s width in Chinese, with the Minutes link and its list', async () => {
    const page = await suite.pageOf(leader, { size: 'phone', locale: 'zh-CN' });
    await BoardPage.open(page, suite.testApp.url, board.id);
    const link = page.getByRole('link', { name: '会议纪要', exact: true });
    await link.waitFor();
    const width = await measurePageWidth(page);
    expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
    await page.screenshot({ path: screenshotPath('minutes-trace-board-header-phone-zh') });
    await link.click();
    await page.getByTestId('minutes-list').waitFor();
    // A leader reads the minutes but does not import them.
    expect(await page.getByTestId('import-minutes').count()).toBe(0);
    const listWidth = await measurePageWidth(page);
    expect(listWidth.scrollWidth <= listWidth.innerWidth ? [] : [listWidth]).toEqual([]);
    await page.screenshot({ path: screenshotPath('minutes-trace-list-phone-zh') });
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)(
    'reads on a %s in %s: decisions highlighted with their status and light, no sideways scroll',
    async (size: ViewportName, locale: BrowserLocale) => {
      const zh = locale === 'zh-CN';
      const result = zh ? chinese : english;
      const page = await suite.pageOf(leader, { size, locale });
      const minutes = await MinutesPage.open(
        page,
        suite.testApp.url,
        board.id,
        result.minutesId,
        result.tasks[0]!.id,
      );
      await minutes.currentDecision().first().waitFor();
      expect(await minutes.decisions().allInnerTexts()).toEqual(zh ? [...ZH_DECISIONS] : [...EN_DECISIONS]);
      expect(await minutes.task(result.tasks[0]!.id).locator('[data-light]').getAttribute('data-light')).toBe(
        'red',
      );
      expect(await minutes.task(result.tasks[0]!.id).innerText()).toMatch(zh ? /逾期/ : /Overdue/);
      if (zh) expect(await minutes.progress().innerText()).toMatch(/2 项决策事项已列为任务/);
      const width = await measurePageWidth(page);
      expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
      await page.screenshot({ path: screenshotPath(`minutes-trace-${size}-${zh ? 'zh' : 'en'}`) });
      await page.screenshot({
        path: screenshotPath(`minutes-trace-${size}-${zh ? 'zh' : 'en'}-full`),
        fullPage: true,
      });
    },
  );

  it('lets an administrator edit a department’s keywords, which persist', async () => {
    const page = await suite.pageOf(suite.admin, { size: 'desk' });
    const admin = await AdminPage.open(page, suite.testApp.url);
    const row = admin.departmentRow(ecology.name);
    await row.getByRole('button', { name: 'Keywords', exact: true }).click();
    await admin.dialog.getByLabel('Keywords', { exact: true }).fill('ecology, emission\n生态，污染、环境');
    await admin.dialog.getByRole('button', { name: 'Save keywords' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await page.reload();
    const chips = admin.departmentRow(ecology.name).getByTestId('department-keywords').getByRole('listitem');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(['ecology', 'emission', '生态', '污染', '环境']);
    await page.screenshot({ path: screenshotPath('minutes-trace-keywords-desk-en') });
    const departments = (await suite.admin.get('/api/departments').expect(200)).body as DepartmentView[];
    expect(departments.find((department) => department.id === ecology.id)?.keywords).toEqual([
      'ecology',
      'emission',
      '生态',
      '污染',
      '环境',
    ]);
  });
});
