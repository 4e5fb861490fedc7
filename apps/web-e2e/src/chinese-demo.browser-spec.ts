import { TASK_STATUSES, type BoardSnapshot, type TaskStatus } from '@duban/contracts';
import { ApiClient } from '@duban/api/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { BoardListPage } from './pages/board-list-page';
import { BoardPage } from './pages/board-page';
import { LoginPage } from './pages/login-page';

const DEMO_PASSWORD = 'duban-demo';
const CHINESE_COLUMNS: Record<TaskStatus, string> = {
  todo: '未开始',
  in_progress: '办理中',
  in_review: '待审核',
  done: '已办结',
};
const SIZES = { desk: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/**
 * The demo loaded with DEMO_LANG=zh, as a reader with a Chinese browser meets it: the sign-in page offers the
 * demo's people by their Chinese names, the board is the Dalian standing committee's, and its cards, in
 * Chinese from title to department, fit on a desk and on a phone.
 */
describe('The Chinese demo in a browser', () => {
  const suite = useBrowserSuite({ demo: true, admin: null, demoLanguage: 'zh' });
  let demo: BoardSnapshot;
  let departmentNames: string[];
  const contexts: BrowserContext[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
    const [summary] = (await supervisor.get('/api/boards').expect(200)).body as { id: string }[];
    demo = (await supervisor.get(`/api/boards/${summary?.id ?? ''}`).expect(200)).body as BoardSnapshot;
    const departments = (await supervisor.get('/api/departments').expect(200)).body as { name: string }[];
    departmentNames = departments.map((department) => department.name);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors.splice(0);
    if (errors.length > 0)
      throw new Error(`The page threw: ${errors.map((error) => error.message).join('; ')}`);
  });

  /** A browser whose language is Chinese (or another), at one of the two sizes, nobody signed in. */
  async function browserIn(locale: 'zh-CN' | 'en-US', size: keyof typeof SIZES): Promise<Page> {
    const context = await suite.browser.newContext({ locale, viewport: SIZES[size] });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    return page;
  }

  async function signInAsSupervisor(page: Page): Promise<BoardPage> {
    const login = new LoginPage(page);
    await login.open(suite.testApp.url);
    await login.signIn('supervisor', DEMO_PASSWORD);
    await new BoardListPage(page).openBoard('大连市委常委会扩大会议');
    const board = new BoardPage(page);
    await board.waitUntilLive();
    return board;
  }

  it('offers the demo’s people on the sign-in page by their Chinese names', async () => {
    const page = await browserIn('zh-CN', 'desk');
    await new LoginPage(page).open(suite.testApp.url);
    await page.getByText('王丽（市委督查室）').first().waitFor();
    await page.getByText('李娜（市生态环境局）').first().waitFor();
    await page.screenshot({ path: screenshotPath('chinese-demo-login-desk-zh') });
  });

  it.each(Object.keys(SIZES) as (keyof typeof SIZES)[])(
    'shows the meeting’s board in Chinese, every card within its column, on a %s',
    async (size) => {
      const page = await browserIn('zh-CN', size);
      const board = await signInAsSupervisor(page);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.getByRole('heading', { level: 1, name: '大连市委常委会扩大会议' }).waitFor();
      for (const status of TASK_STATUSES) {
        await board.columnHeading(status).filter({ hasText: CHINESE_COLUMNS[status] }).waitFor();
      }
      // Columns show the cards in view (they are virtualized): each column's first card is there.
      for (const status of TASK_STATUSES) {
        const first = demo.tasks.find((task) => task.status === status);
        if (first) await board.cardIn(status, first.title).waitFor();
      }

      // Cards name their departments as the city does.
      const cardsText = (await page.getByTestId('task-card').allInnerTexts()).join('\n');
      expect(cardsText).toContain('市生态环境局');
      expect(departmentNames.filter((name) => cardsText.includes(name)).length).toBeGreaterThanOrEqual(5);
      expect(cardsText).not.toMatch(/[A-Za-z]{4,}/);

      expect(await overflowingCards(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath(`chinese-demo-board-${size}-zh`) });
      // And the cards themselves, wherever the page puts them.
      const firstTodo = demo.tasks.find((task) => task.status === 'todo');
      await board.cardIn('todo', firstTodo?.title ?? '').scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`chinese-demo-board-${size}-cards-zh`) });
    },
  );

  it('opens a Chinese task with its Chinese comments', async () => {
    const task = demo.tasks.find((candidate) => candidate.commentCount >= 2);
    if (!task) throw new Error('The demo should have a task with two comments');
    const page = await browserIn('zh-CN', 'desk');
    const board = await signInAsSupervisor(page);
    const panel = await board.openCard(board.cardIn(task.status, task.title));
    await panel.heading(task.title).waitFor();
    await panel.root.getByText(/本事项已超过办理时限/).waitFor();
    await page.screenshot({ path: screenshotPath('chinese-demo-task-desk-zh') });
  });

  it('shows the Chinese demo to a reader who keeps the screen in English', async () => {
    const page = await browserIn('en-US', 'desk');
    const board = await signInAsSupervisor(page);
    await board.columnHeading('todo').filter({ hasText: 'Not started' }).waitFor();
    await board.card(demo.tasks[0]!.title).waitFor();
    expect(await overflowingCards(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('chinese-demo-board-desk-en') });
  });
});

/** What the check reads of a card element (the specs compile without the DOM's types). */
interface CardElement {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  querySelector(selector: string): { textContent: string | null } | null;
}

/** Cards whose content is wider than the card itself (text running out of it), by title. */
function overflowingCards(page: Page): Promise<string[]> {
  return page
    .getByTestId('task-card')
    .evaluateAll((elements) =>
      (elements as unknown as CardElement[])
        .filter((card) => card.scrollWidth > card.clientWidth + 1)
        .map((card) => card.querySelector('h3, h2, [role="heading"]')?.textContent ?? card.textContent ?? ''),
    );
}
