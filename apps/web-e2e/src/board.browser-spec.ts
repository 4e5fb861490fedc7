import { TASK_STATUSES, type BoardSnapshot, type TaskStatus, type TaskView } from '@duban/contracts';
import type { Locator } from 'playwright-core';
import { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { BoardListPage } from './pages/board-list-page';
import { BoardPage } from './pages/board-page';
import { LoginPage } from './pages/login-page';
import { TaskPanel } from './pages/task-panel';
import { type BrowserSession } from './session';
import { useBrowserSuite } from './browser-suite';

const DEMO_PASSWORD = 'duban-demo';
const ENGLISH_COLUMNS: Record<TaskStatus, string> = {
  todo: 'Not started',
  in_progress: 'In progress',
  in_review: 'Awaiting verification',
  done: 'Done',
};
const CHINESE_COLUMNS: Record<TaskStatus, string> = {
  todo: '未开始',
  in_progress: '办理中',
  in_review: '待审核',
  done: '已办结',
};

/** The demo workspace as a visitor meets it: sign in, the board, a task, 中文, the table. */
describe('The demo board in a browser', () => {
  const suite = useBrowserSuite({ demo: true, admin: null });
  let supervisor: ApiClient;
  let demo: BoardSnapshot;

  beforeAll(async () => {
    supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
    const [summary] = (await supervisor.get('/api/boards').expect(200)).body as { id: string }[];
    demo = (await supervisor.get(`/api/boards/${summary?.id ?? ''}`).expect(200)).body as BoardSnapshot;
  });

  const session = (signedIn = true): Promise<BrowserSession> =>
    signedIn ? suite.signIn(supervisor) : suite.anonymous();

  const tasksIn = (status: TaskStatus) => demo.tasks.filter((task) => task.status === status);

  it('shows the API’s error for a wrong password', async () => {
    const { page } = await session(false);
    const login = new LoginPage(page);
    await login.open(suite.testApp.url);
    await login.signIn('supervisor', 'wrong-password');
    expect(await login.errorText()).toContain('Wrong username or password');
  });

  it('signs a supervisor in from the demo accounts and shows every task in its status column', async () => {
    const { page } = await session(false);
    const login = new LoginPage(page);
    await login.open(suite.testApp.url);
    await login.signInWithDemoAccount('supervisor');
    await new BoardListPage(page).openBoard(demo.board.title);
    const board = new BoardPage(page);
    await board.waitUntilLive();

    for (const status of TASK_STATUSES) {
      const count = tasksIn(status).length;
      await page.getByRole('region', { name: `${ENGLISH_COLUMNS[status]}: ${count} tasks` }).waitFor();
    }
    const firstTodo = tasksIn('todo')[0];
    await board.cardIn('todo', firstTodo?.title ?? '').waitFor();
    await page.screenshot({ path: screenshotPath('board') });
  });

  it('opens a task from its link, with its comments and history', async () => {
    const task = [...demo.tasks].sort((a, b) => b.commentCount - a.commentCount)[0];
    if (!task || task.commentCount === 0) throw new Error('The demo workspace should have comments');
    const { page } = await session();
    await page.goto(`${suite.testApp.url}/boards/${demo.board.id}/tasks/${task.id}`);
    await new BoardPage(page).waitUntilLive();
    const panel = new TaskPanel(page);
    await panel.heading(task.title).waitFor();
    expect(await panel.field('Title').inputValue()).toBe(task.title);
    await panel
      .comments()
      .nth(task.commentCount - 1)
      .waitFor();
    expect(await panel.comments().count()).toBe(task.commentCount);
    await page.screenshot({ path: screenshotPath('task-panel') });
    await panel.comments().last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('task-panel-comments') });

    await panel.root.getByRole('tab', { name: 'History' }).click();
    await panel.root.getByText(/created the task$/).waitFor();
  });

  it('switches to Chinese and remembers it after a reload', async () => {
    const { page } = await session();
    const board = await BoardPage.open(page, suite.testApp.url, demo.board.id);
    await board.columnHeading('todo').filter({ hasText: ENGLISH_COLUMNS.todo }).waitFor();

    await board.languageToggle().filter({ hasText: '中文' }).click();
    for (const status of TASK_STATUSES) {
      await board.columnHeading(status).filter({ hasText: CHINESE_COLUMNS[status] }).waitFor();
    }
    await board.languageToggle().filter({ hasText: 'English' }).waitFor();
    await board.liveState().filter({ hasText: '实时' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: screenshotPath('board-zh') });

    await page.reload();
    await board.waitUntilLive();
    for (const status of TASK_STATUSES) {
      await board.columnHeading(status).filter({ hasText: CHINESE_COLUMNS[status] }).waitFor();
    }
    await board.languageToggle().filter({ hasText: 'English' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // The toggle saved the choice in the supervisor's preferences: the other stories sign them in in English.
    await supervisor.patch('/api/me/preferences', { language: null }).expect(200);
  });

  it('filters the table by status through the URL, and keeps the filter after a reload', async () => {
    const { page } = await session();
    const board = await BoardPage.open(page, suite.testApp.url, demo.board.id);
    const table = await board.showTable();
    await page.waitForURL(/[?&]view=table/);
    await table.summaryShowing(demo.tasks.length, demo.tasks.length).waitFor();

    const inProgress = tasksIn('in_progress');
    await table.filterByStatus('In progress');
    await page.waitForURL(/[?&]status=in_progress/);
    await table.summaryShowing(inProgress.length, demo.tasks.length).waitFor();
    await expectOnlyRows(table.rows(), inProgress, 'In progress');
    await page.screenshot({ path: screenshotPath('table') });

    await page.reload();
    await board.waitUntilLive();
    expect(new URL(page.url()).searchParams.get('status')).toBe('in_progress');
    expect(await table.statusFilter().inputValue()).toBe('in_progress');
    await table.summaryShowing(inProgress.length, demo.tasks.length).waitFor();
    await expectOnlyRows(table.rows(), inProgress, 'In progress');
  });
});

/** The table shows exactly these tasks, each with the status label. */
async function expectOnlyRows(rows: Locator, tasks: TaskView[], statusLabel: string) {
  await rows.nth(tasks.length - 1).waitFor();
  const shownIds = await rows.evaluateAll((elements) =>
    elements.map((element) => (element as unknown as { dataset: { taskId: string } }).dataset.taskId),
  );
  expect(shownIds.sort()).toEqual(tasks.map((task) => task.id).sort());
  expect(await rows.filter({ hasNotText: statusLabel }).count()).toBe(0);
}
