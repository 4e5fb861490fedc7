import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import { dropLiveSockets, type ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { VIEWPORTS, type BrowserLocale, type ViewportName } from './session';
import { localDay } from './calendar';
import { DashboardPage } from './pages/dashboard-page';
import { LoginPage } from './pages/login-page';
import { measurePageWidth } from './pages/page-width';
import { WaitingList, WallPage } from './pages/wall-page';

const LIVE_TIMEOUT = 10_000;

describe('Waiting for me (待我处理) and the wall display (大屏模式)', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let water: DepartmentView;
  let leader: ApiClient;
  let supervisor: ApiClient;
  let north: BoardView;
  let south: BoardView;
  let quarries: TaskView;

  beforeAll(async () => {
    [ecology, water] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Water Resources Bureau'),
    ]);
    [leader, supervisor] = await Promise.all([
      suite.factory.user('leader'),
      suite.factory.user('supervisor'),
    ]);
    north = await suite.factory.board({ title: 'North district: rectification of problems found' });
    south = await suite.factory.board({ title: 'South district: key projects' });
    const task = (board: BoardView, title: string, leadDepartmentId: string, deadline: string) =>
      suite.factory.task(
        board.id,
        { title, leadDepartmentId, deadline, responsibleLeaderId: leader.user.id },
        supervisor,
      );
    quarries = await task(north, 'Close the illegal sand quarries', ecology.id, localDay(-3));
    await task(north, 'Restore the riverbanks', ecology.id, localDay(-1));
    await task(north, 'Survey the sewage outfalls', water.id, localDay(20));
    await task(south, 'Build the flood barrier', water.id, localDay(-5));
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (user: ApiClient, size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(user, { size, locale });

  it('shows the leader an overdue task they are responsible for, and drops it live when a supervisor extends its deadline', async () => {
    const page = await browserOf(leader);
    await DashboardPage.open(page, suite.testApp.url);
    await page.evaluate('window.__sameDocument = true');
    const waiting = new WaitingList(page);
    await waiting.task('overdue', quarries.title).waitFor();
    expect(await waiting.titles('overdue')).toEqual([
      'Build the flood barrier',
      'Close the illegal sand quarries',
      'Restore the riverbanks',
    ]);
    expect(await waiting.section('overdue').getByRole('listitem').nth(1).innerText()).toMatch(
      /3 days overdue/,
    );

    // The supervisor, elsewhere, gives the quarries ten more days.
    const current = (await supervisor.get(`/api/tasks/${quarries.id}`).expect(200)).body as TaskView;
    await supervisor
      .patch(`/api/tasks/${quarries.id}`, { deadline: localDay(10), version: current.version })
      .expect(200);

    await waiting.task('overdue', quarries.title).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    expect(await waiting.titles('overdue')).toEqual(['Build the flood barrier', 'Restore the riverbanks']);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);

    // The task opens from the list on its board.
    await waiting.task('overdue', 'Restore the riverbanks').click();
    await page.waitForURL(new RegExp(`/boards/${north.id}/tasks/`));
  });

  it('cycles from one board to the next, and after the server drops its socket reconnects by itself and still follows changes', async () => {
    const page = await browserOf(leader, 'desk');
    await DashboardPage.open(page, suite.testApp.url);
    await page.getByRole('link', { name: 'Wall display' }).click();
    await page.waitForURL(/\/dashboard\/wall$/);
    // Every 3 seconds for the test (20 by default).
    const wall = await WallPage.open(page, suite.testApp.url, 3);
    await wall.waitForSlide(north.id);
    await wall.connection('live').waitFor();
    await wall.waitForSlide(south.id);
    expect(await wall.title().innerText()).toBe(south.title);
    await wall.waitForSlide('all');
    await wall.waitForSlide(north.id);
    await page.evaluate('window.__sameDocument = true');

    // The server drops the page's socket (not its session): the wall says so, then is live again.
    expect(await dropLiveSockets(suite.testApp, leader.user.id)).toBeGreaterThan(0);
    await wall.connection('offline').waitFor({ timeout: LIVE_TIMEOUT });
    await wall.connection('live').waitFor({ timeout: LIVE_TIMEOUT });

    // And it still follows changes: a new overdue task on the South board shows when that board comes round.
    await suite.factory.task(
      south.id,
      { title: 'Repair the pumping station', leadDepartmentId: water.id, deadline: localDay(-2) },
      supervisor,
    );
    await wall.waitForSlide(south.id);
    await wall.overdue().filter({ hasText: /^2$/ }).waitFor({ timeout: LIVE_TIMEOUT });
    // The all-boards totals count it too (the North board has one overdue since the quarries' extension).
    await wall.waitForSlide('all');
    await wall.overdue().filter({ hasText: /^3$/ }).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
  });

  it('shows the sign-in form when its session ends, and is back on the wall after signing in again', async () => {
    const watcher = await suite.factory.user('leader');
    const page = await browserOf(watcher);
    const wall = await WallPage.open(page, suite.testApp.url, 600);
    await wall.connection('live').waitFor();

    // The administrator resets the watcher's password: every session of theirs ends at once.
    await suite.admin.patch(`/api/users/${watcher.user.id}`, { password: 'a-new-password-9' }).expect(200);
    const login = new LoginPage(page);
    await page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: LIVE_TIMEOUT });
    expect(new URL(page.url()).pathname).toBe('/dashboard/wall');

    await login.signIn(watcher.user.username, 'a-new-password-9');
    await wall.waitForSlide(north.id);
    await wall.connection('live').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard/wall');
  });

  it.each([
    ['wall', 'en-US'],
    ['wall', 'zh-CN'],
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
  ] as const)('fills a %s screen in %s without scrolling', async (size, locale) => {
    const page = await browserOf(leader, size, locale);
    const wall = await WallPage.open(page, suite.testApp.url, 600);
    await wall.waitForSlide(north.id);
    await wall.redList().getByText('Ecology and Environment Bureau').waitFor();
    // The board's overdue tasks by name (the quarries' deadline was extended in the first story).
    await page.getByTestId('wall-overdue-tasks').getByText('Restore the riverbanks').waitFor();
    await wall.connection('live').waitFor();
    expect(await wall.scrolls()).toEqual({ page: false, wall: false });
    const { width, height } = VIEWPORTS[size];
    await page.screenshot({
      path: screenshotPath(`wall-${width}x${height}-${locale === 'zh-CN' ? 'zh' : 'en'}`),
    });
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)('shows what waits on a %s in %s, the page never scrolling sideways', async (size, locale) => {
    for (const [user, key] of [
      [leader, 'overdue'],
      [supervisor, 'longestUnsigned'],
    ] as const) {
      const page = await browserOf(user, size, locale);
      await DashboardPage.open(page, suite.testApp.url);
      const waiting = new WaitingList(page);
      await waiting.section(key).locator('.waiting-title').first().waitFor();
      expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
        locale === 'zh-CN' ? '待我处理' : 'Waiting for me',
      );
      const width = await measurePageWidth(page);
      expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
      const who = user === leader ? 'leader' : 'supervisor';
      await page
        .getByTestId('waiting')
        .screenshot({ path: screenshotPath(`waiting-${who}-${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`) });
    }
  });
});
