import type { ApiClient } from '@duban/api/testing';
import type { BoardSnapshot, BoardView, DepartmentView } from '@duban/contracts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenshotPath } from './browser';
import { useBrowserSuite, type BrowserSuite } from './browser-suite';
import { docxOf } from './docx';
import { BoardPage } from './pages/board-page';
import { MinutesImportPage } from './pages/minutes-import-page';
import { measurePageWidth } from './pages/page-width';
import type { Page } from 'playwright-core';

const LIVE_TIMEOUT = 10_000;

/** The seed meeting (a standing committee's minutes, April 2021), as a supervisor would pick the file. */
const SEED_PATH = resolve(__dirname, '../../api/src/minutes/decisions/fixtures/meeting-2021-04-21.txt');
const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');

/** A Chinese meeting of our own: background, a multi-decision paragraph, a deadline, boilerplate. */
const ZH_MINUTES = [
  '市政府第15次常务会议纪要',
  '',
  '5月12日，市长主持召开市政府第15次常务会议，听取了市生态环境局关于中央生态环境保护督察反馈问题整改进展的汇报。',
  '',
  '会议要求，一是各区要切实做好汛前河道清淤工作，10月底前全部完成；二是要加快推进城北污水管网建设，确保年内投入使用；三是要加强饮用水水源地保护，严厉打击非法采砂。',
  '',
  '会议强调，要加快港口物流园区建设，推动对外开放再上新台阶。必须压实安全生产责任，深入开展危险化学品专项整治。',
  '',
  '会议还研究了其他事项。',
].join('\n');

/** The keywords an administrator sets, so the splitter suggests lead departments (and says why). */
async function departmentsWithKeywords(
  suite: BrowserSuite,
  keywordsByName: Record<string, string[]>,
): Promise<Record<string, DepartmentView>> {
  const entries = await Promise.all(
    Object.entries(keywordsByName).map(async ([name, keywords]) => {
      const department = await suite.factory.department(name);
      if (keywords.length > 0) {
        await suite.admin.patch(`/api/departments/${department.id}`, { keywords }).expect(200);
      }
      return [name, department] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** The review in the page's language, scrolled to its first draft, no sideways scroll, screenshot taken. */
async function reviewScreenshot(page: Page, name: string): Promise<void> {
  const review = new MinutesImportPage(page);
  await review.draft(1).scrollIntoViewIfNeeded();
  await page.evaluate('window.scrollBy(0, -80)');
  const width = await measurePageWidth(page);
  expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
  await page.screenshot({ path: screenshotPath(name) });
}

describe('Import from minutes (从会议纪要导入): drafts from the seed meeting, reviewed, created live', () => {
  const suite = useBrowserSuite();
  let departments: Record<string, DepartmentView>;
  let supervisor: ApiClient;
  let leader: ApiClient;
  let board: BoardView;

  beforeAll(async () => {
    departments = await departmentsWithKeywords(suite, {
      'Commerce Bureau': ['opening to the outside world', 'preferential policies', 'frontier'],
      'Science and Technology Bureau': ['scientific research', 'innovation-driven', 'research platforms'],
      'Ecology and Environment Bureau': ['ecological environment', 'environmental protection', 'low-carbon'],
      'Organization Department': ['party history', 'grass-roots party', 'cadres', 'counties and townships'],
      'Industry and Information Technology Bureau': ['industrial chain', 'industrial enterprises', 'brand'],
      'Audit Bureau': [],
    });
    [supervisor, leader] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('leader'),
    ]);
    board = await suite.factory.board({ title: 'Standing Committee decisions, April 2021' });
  });

  it('picks the seed file, drops one draft, changes one lead department, creates; another user sees the tasks live', async () => {
    const watching = await BoardPage.open(await suite.pageOf(leader), suite.testApp.url, board.id);
    const page = await suite.pageOf(supervisor, { size: 'desk' });
    const minutes = await MinutesImportPage.open(page, suite.testApp.url, board.id);

    // A picked file is read and split at once, without "Find decisions".
    await minutes.pickFile(SEED_PATH);
    await minutes.draft(1).waitFor();
    expect(await minutes.source().inputValue()).toBe(SEED_TEXT);
    const titles = await minutes.titles();
    expect(titles.length).toBeGreaterThanOrEqual(6);
    expect(titles.every((title) => title.trim().length > 0)).toBe(true);
    // A suggested lead says which words made it.
    const descriptions = await minutes.descriptions();
    const innovation = descriptions.findIndex((text) => text.includes('scientific research platforms')) + 1;
    expect(innovation).toBeGreaterThan(0);
    expect(await minutes.field(innovation, 'Lead department').inputValue()).toBe(
      departments['Science and Technology Bureau']!.id,
    );
    expect(await minutes.draft(innovation).innerText()).toMatch(/Suggested because it mentions: .*research/);
    await minutes
      .createButton()
      .filter({ hasText: `Create ${titles.length} tasks` })
      .waitFor();

    // Drop the second draft; give the first to the Audit Bureau.
    const dropped = titles[1]!;
    await minutes.draft(2).getByRole('button', { name: 'Drop draft 2' }).click();
    await page.getByText(`Draft “${dropped}” dropped.`).waitFor();
    await minutes.field(1, 'Lead department').selectOption({ label: 'Audit Bureau' });
    const kept = titles.filter((_, index) => index !== 1);
    await minutes
      .createButton()
      .filter({ hasText: `Create ${kept.length} tasks` })
      .click();

    // Back on the board, with a notice; the tasks are there for the supervisor and, live, for the leader.
    await page.waitForURL(new RegExp(`/boards/${board.id}$`));
    await page
      .getByTestId('minutes-imported')
      .filter({ hasText: `${kept.length} tasks created from the minutes.` })
      .waitFor();
    await page.screenshot({ path: screenshotPath('minutes-import-created-desk-en') });
    // The column lists its cards virtually: its count says all arrived, the first card is there to see.
    await watching.columnCounting('todo', kept.length).waitFor({ timeout: LIVE_TIMEOUT });
    await watching.card(kept[0]!).waitFor();

    const snapshot = (await supervisor.get(`/api/boards/${board.id}`).expect(200)).body as BoardSnapshot;
    expect(snapshot.tasks.map((task) => task.title).sort()).toEqual([...kept].sort());
    const first = snapshot.tasks.find((task) => task.title === kept[0]);
    expect(first?.leadDepartmentId).toBe(departments['Audit Bureau']!.id);
  });

  it.each(['desk', 'phone'] as const)(
    'reviews on a %s in English, nothing wider than the screen',
    async (size) => {
      const page = await suite.pageOf(supervisor, { size, locale: 'en-US' });
      const minutes = await MinutesImportPage.open(page, suite.testApp.url, board.id);
      await minutes.source().fill(SEED_TEXT);
      await minutes.findButton().click();
      await minutes.draft(1).waitFor();
      await reviewScreenshot(page, `minutes-import-${size}-en`);
    },
  );
});

describe('从会议纪要导入: a Chinese meeting reviewed in Chinese', () => {
  const suite = useBrowserSuite();
  let supervisor: ApiClient;
  let board: BoardView;

  beforeAll(async () => {
    await departmentsWithKeywords(suite, {
      市水务局: ['河道', '清淤', '污水', '水源地'],
      市生态环境局: ['生态', '环境', '污染'],
      市商务局: ['港口', '物流', '对外开放'],
      市应急管理局: ['安全生产', '危险化学品'],
      市审计局: [],
    });
    supervisor = await suite.factory.user('supervisor');
    board = await suite.factory.board({ title: '市政府常务会议决策事项' });
  });

  it('reads a Word file (.docx) in the browser and splits it at once', async () => {
    const page = await suite.pageOf(supervisor, { size: 'desk', locale: 'zh-CN' });
    const minutes = await MinutesImportPage.open(page, suite.testApp.url, board.id);
    await page.locator('.minutes-source input[type="file"]').setInputFiles({
      name: '第15次常务会议纪要.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docxOf(ZH_MINUTES.split('\n').filter((line) => line !== '')),
    });
    await minutes.draft(1).waitFor();
    expect(await minutes.source().inputValue()).toMatch(/^市政府第15次常务会议纪要\n+5月12日/);
    expect(await minutes.descriptions()).toContain('各区要切实做好汛前河道清淤工作，10月底前全部完成');

    // Anything else is refused by name, and the drafts stay.
    await page.locator('.minutes-source input[type="file"]').setInputFiles({
      name: 'minutes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await page.getByRole('alert').filter({ hasText: '“minutes.pdf”不是 .txt 或 .docx 文件' }).waitFor();
    expect(await minutes.drafts().count()).toBeGreaterThan(0);
  });

  it.each(['desk', 'phone'] as const)(
    'reviews on a %s in Chinese, nothing wider than the screen',
    async (size) => {
      const page = await suite.pageOf(supervisor, { size, locale: 'zh-CN' });
      const minutes = await MinutesImportPage.open(page, suite.testApp.url, board.id);
      await page.getByRole('heading', { level: 1, name: '从会议纪要导入' }).waitFor();
      await minutes.source().fill(ZH_MINUTES);
      await minutes.findButton().click();
      await minutes.draft(1).waitFor();
      expect(await minutes.drafts().count()).toBeGreaterThanOrEqual(5);
      expect(await minutes.draft(1).innerText()).toMatch(/牵头单位/);
      await reviewScreenshot(page, `minutes-import-${size}-zh`);
    },
  );
});
