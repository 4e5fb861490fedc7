import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import type { ApiClient } from '@duban/api/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { AdminPage } from './pages/admin-page';
import { BoardPage } from './pages/board-page';
import { NotificationCenter } from './pages/notification-center';
import { measurePageWidth, outsideViewport } from './pages/page-width';
import { ProfilePage } from './pages/profile-page';
import { TaskPanel } from './pages/task-panel';

/** Where the web client keeps its access token (apps/web/src/auth/token-storage.ts). */
const TOKEN_STORAGE_KEY = 'duban.accessToken';
const PHONE = { width: 390, height: 844 } as const;
type Locale = 'en-US' | 'zh-CN';

describe('At phone size (390 × 844) no page scrolls sideways as a whole', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let member: ApiClient;
  let supervisor: ApiClient;
  let board: BoardView;
  let task: TaskView;
  const contexts: BrowserContext[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau (municipal supervision office)');
    [member, supervisor] = await Promise.all([
      suite.factory.user('member', ecology.id),
      suite.factory.user('supervisor'),
    ]);
    board = await suite.factory.board({
      title:
        'Central ecological environmental protection inspection: rectification of problems found in 2021',
    });
    task = await suite.factory.task(
      board.id,
      {
        title: 'Close the illegal sand quarries along the river and restore the riverbanks they damaged',
        leadDepartmentId: ecology.id,
        deadline: '2031-06-30',
      },
      supervisor,
    );
    await suite.factory.task(board.id, { title: 'Survey the sewage outfalls', leadDepartmentId: ecology.id });
    await supervisor
      .post(`/api/tasks/${task.id}/comments`, {
        body: `@${member.user.username} **please** report on the north bank quarries by Friday.`,
      })
      .expect(201);
    // Someone with a long name in the directory: the history's "Who" filter offers every person.
    const longNamed = await suite.admin
      .post('/api/users', {
        username: `deputy-${Date.now()}`,
        password: 'password-1234',
        displayName: 'Deputy Director of the Municipal Ecology and Environment Bureau, Wang Jianguo',
        role: 'supervisor',
      })
      .expect(201);
    expect(longNamed.body).toMatchObject({ displayName: expect.stringMatching(/Wang Jianguo$/) });
    await supervisor
      .post(`/api/tasks/${task.id}/reminders`, { message: 'The rectification report is due this week.' })
      .expect(201);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors.splice(0);
    if (errors.length > 0)
      throw new Error(`The page threw: ${errors.map((error) => error.message).join('; ')}`);
  });

  /** A phone's browser (touch, no mouse), signed in as the user or nobody. */
  async function phone(user: ApiClient | null, locale: Locale = 'en-US'): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale,
      storageState: user
        ? {
            cookies: [],
            origins: [
              { origin: user.baseUrl, localStorage: [{ name: TOKEN_STORAGE_KEY, value: user.token }] },
            ],
          }
        : undefined,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    return page;
  }

  /** Fails naming the page and the elements that stick out when the document is wider than the window. */
  async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
    const width = await measurePageWidth(page);
    expect(width.scrollWidth <= width.innerWidth ? [] : [name, width]).toEqual([]);
  }

  async function openNotifications(page: Page): Promise<NotificationCenter> {
    const center = new NotificationCenter(page);
    await center.root.getByRole('button', { name: /^(Notifications|通知)/ }).click();
    await page.locator('.notification-panel').waitFor();
    return center;
  }

  it('the sign-in page', async () => {
    const page = await phone(null);
    await page.goto(suite.testApp.url);
    await page.getByRole('button', { name: /^sign in$/i }).waitFor();
    await expectNoSidewaysScroll(page, 'sign-in');
  });

  it('the boards list, with the notifications open inside the window', async () => {
    const page = await phone(member);
    await page.goto(`${suite.testApp.url}/boards`);
    await page.getByRole('link', { name: /^Central ecological/ }).waitFor();
    await expectNoSidewaysScroll(page, 'boards list');

    await openNotifications(page);
    await new NotificationCenter(page).item('north bank quarries').waitFor();
    expect(await outsideViewport(page.locator('.notification-panel'))).toEqual({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0,
    });
    await expectNoSidewaysScroll(page, 'boards list, notifications open');
  });

  it('the dashboard (its departments’ table may scroll inside itself)', async () => {
    const page = await phone(supervisor);
    await page.goto(`${suite.testApp.url}/dashboard`);
    await page.getByRole('row', { name: /^Ecology and Environment Bureau/ }).waitFor();
    await page.getByTestId('status-chart').waitFor();
    await expectNoSidewaysScroll(page, 'dashboard');
  });

  it('the board view (its column strip may scroll inside itself)', async () => {
    const page = await phone(member);
    const boardPage = await BoardPage.open(page, suite.testApp.url, board.id);
    await boardPage.card(task.title).waitFor();
    await expectNoSidewaysScroll(page, 'board view');
  });

  it('the table view', async () => {
    const page = await phone(member);
    const boardPage = await BoardPage.open(page, suite.testApp.url, board.id);
    const table = await boardPage.showTable();
    await table.rows().first().waitFor();
    await expectNoSidewaysScroll(page, 'table view');
  });

  it('a task panel, its comment box not mentioning Ctrl+Enter on a phone', async () => {
    const page = await phone(member);
    await page.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${task.id}`);
    const panel = new TaskPanel(page);
    await panel.heading(task.title).waitFor();
    await expectNoSidewaysScroll(page, 'task panel');

    const commentBox = panel.root.getByLabel('New comment');
    await commentBox.scrollIntoViewIfNeeded();
    expect(await commentBox.getAttribute('placeholder')).not.toMatch(/Ctrl|⌘/);
    await expectNoSidewaysScroll(page, 'task panel, comments');
  });

  it.each<[Locale, string]>([
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
  ])('the board history, its filters wrapping inside the window (%s)', async (locale, shot) => {
    const page = await phone(member, locale);
    const boardPage = await BoardPage.open(page, suite.testApp.url, board.id);
    const history = await boardPage.showHistory();
    await history.entries().first().waitFor();
    const controls = history.filters().locator('select, input, button');
    expect(await controls.count()).toBeGreaterThanOrEqual(5);
    for (const control of await controls.all()) {
      expect(await outsideViewport(control)).toMatchObject({ left: 0, right: 0 });
    }
    await expectNoSidewaysScroll(page, `board history (${locale})`);

    // The task picker's list of matches stays inside the window too.
    await history.filters().getByRole('combobox').last().fill('a');
    const matches = page.locator('.task-picker-list');
    await matches.getByRole('option').first().waitFor();
    expect(await outsideViewport(matches)).toMatchObject({ left: 0, right: 0 });
    await expectNoSidewaysScroll(page, `board history, task picker open (${locale})`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: screenshotPath(`phone-history-filters-${shot}`) });
  });

  it.each<[Locale, string]>([
    ['en-US', 'en'],
    ['zh-CN', 'zh-CN'],
  ])('the notifications open on a board lie within the window (%s)', async (locale, shot) => {
    const page = await phone(member, locale);
    await BoardPage.open(page, suite.testApp.url, board.id);
    await openNotifications(page);
    const panel = page.locator('.notification-panel');
    await panel.getByTestId('notification-item').nth(1).waitFor();
    expect(await outsideViewport(panel)).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
    await expectNoSidewaysScroll(page, `board, notifications open (${locale})`);
    await page.screenshot({ path: screenshotPath(`phone-notifications-${shot}`) });
  });

  it.each(['departments', 'users', 'activity'])('administration: %s', async (section) => {
    const page = await phone(suite.admin);
    await AdminPage.open(page, suite.testApp.url, section);
    await page.getByRole('tabpanel').or(page.getByRole('table')).first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoSidewaysScroll(page, `/admin?section=${section}`);
  });

  it('the profile', async () => {
    const page = await phone(member);
    await ProfilePage.open(page, suite.testApp.url);
    await expectNoSidewaysScroll(page, '/profile');
  });
});
