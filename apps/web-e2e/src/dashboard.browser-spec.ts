import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import type { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { type BrowserLocale, type ViewportName } from './session';
import { localDay } from './calendar';
import { DashboardPage } from './pages/dashboard-page';
import { LoginPage } from './pages/login-page';
import { measurePageWidth } from './pages/page-width';
import { TablePage } from './pages/table-page';
import { TaskPanel } from './pages/task-panel';

const FACTORY_PASSWORD = 'password-1234';

describe('The leaders’ dashboard (/dashboard, /boards/:boardId/dashboard)', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let industry: DepartmentView;
  let water: DepartmentView;
  let leader: ApiClient;
  let supervisor: ApiClient;
  let member: ApiClient;
  let board: BoardView;
  let latePlants: TaskView;
  let outfalls: TaskView;

  beforeAll(async () => {
    [ecology, industry, water] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Industry Bureau'),
      suite.factory.department('Water Resources Bureau'),
    ]);
    [leader, supervisor, member] = await Promise.all([
      suite.factory.user('leader'),
      suite.factory.user('supervisor'),
      suite.factory.user('member', water.id),
    ]);
    board = await suite.factory.board({ title: 'Central inspection: rectification of problems found' });
    const task = (title: string, leadDepartmentId: string, deadline: string) =>
      suite.factory.task(board.id, { title, leadDepartmentId, deadline }, supervisor);
    await task('Close the illegal sand quarries', ecology.id, localDay(-6));
    await task('Restore the riverbanks', ecology.id, localDay(-2));
    latePlants = await task('Relocate the chemical plants', industry.id, localDay(-1));
    outfalls = await task('Survey the sewage outfalls', water.id, localDay(30));
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (user: ApiClient, size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(user, { size, locale });

  it('lands a leader on the dashboard after signing in; a member keeps the boards list', async () => {
    const { page } = await suite.anonymous();
    const login = new LoginPage(page);
    await login.open(suite.testApp.url);
    await login.signIn(leader.user.username, FACTORY_PASSWORD);
    await page.waitForURL(/\/dashboard$/);
    const dashboard = new DashboardPage(page);
    await dashboard.waitForFigures();
    expect(await dashboard.heading().innerText()).toBe('Dashboard');
    // Red: most overdue first; the others ranked by their own rule.
    await dashboard.waitUntilRanked('red', 'Industry Bureau');
    expect(await dashboard.ranked('red')).toEqual(['Ecology and Environment Bureau', 'Industry Bureau']);
    expect(await dashboard.total('overdue').innerText()).toBe('3');
    expect(await dashboard.ranked('red').then((red) => red.includes('Water Resources Bureau'))).toBe(false);
    await dashboard.chart().waitFor();

    const memberBrowser = await suite.anonymous();
    const memberLogin = new LoginPage(memberBrowser.page);
    await memberLogin.open(suite.testApp.url);
    await memberLogin.signIn(member.user.username, FACTORY_PASSWORD);
    await memberBrowser.page.waitForURL(/\/boards$/);
    // Everyone is one click away from the dashboard.
    await memberBrowser.page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await memberBrowser.page.waitForURL(/\/dashboard$/);
  });

  it('opens the table view filtered to the tasks behind a figure', async () => {
    const page = await browserOf(leader);
    const dashboard = await DashboardPage.open(page, suite.testApp.url, board.id);
    await dashboard.figureLink('Ecology and Environment Bureau', 'Overdue', 2).click();
    await page.waitForURL(/view=table/);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/boards/${board.id}`);
    expect(url.searchParams.get('dept')).toBe(ecology.id);
    expect(url.searchParams.get('overdue')).toBe('1');
    const table = new TablePage(page);
    await table.summaryShowing(2, 4).waitFor();
    expect((await table.rows().allInnerTexts()).some((row) => row.includes('Survey the sewage'))).toBe(false);
  });

  it('moves the leader’s numbers and ranking live as a supervisor and a member change tasks in their browsers', async () => {
    const leaderPage = await browserOf(leader);
    const dashboard = await DashboardPage.open(leaderPage, suite.testApp.url);
    await dashboard.waitUntilRanked('red', 'Industry Bureau');
    await leaderPage.evaluate('window.__sameDocument = true');

    // The supervisor, in a browser of their own, gives the Industry Bureau ten more days.
    const supervisorPage = await browserOf(supervisor);
    await supervisorPage.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${latePlants.id}`);
    const panel = new TaskPanel(supervisorPage);
    await panel.heading(latePlants.title).waitFor();
    await panel.field('Deadline').fill(localDay(10));
    await panel.save();

    await dashboard.rankingList('red').locator('.ranking-name', { hasText: 'Industry Bureau' }).waitFor({
      state: 'detached',
      timeout: 10_000,
    });
    expect(await dashboard.ranked('red')).toEqual(['Ecology and Environment Bureau']);
    const elsewhere = [...(await dashboard.ranked('yellow')), ...(await dashboard.ranked('green'))];
    expect(elsewhere).toContain('Industry Bureau');
    expect(await dashboard.total('overdue').innerText()).toBe('2');

    // A member's change moves them too: the Water Resources Bureau signs for its task in its own browser.
    expect(await dashboard.total('awaitingSignOff').innerText()).toBe('4');
    const memberPage = await browserOf(member);
    await memberPage.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${outfalls.id}`);
    const memberPanel = new TaskPanel(memberPage);
    await memberPanel.heading(outfalls.title).waitFor();
    await memberPanel.root.getByRole('button', { name: /sign for/i }).click();
    await dashboard.total('awaitingSignOff').filter({ hasText: /^3$/ }).waitFor({ timeout: 10_000 });
    await dashboard.departmentRow('Water Resources Bureau').getByRole('cell', { name: '100%' }).waitFor();

    // All of it without a reload: the document the leader opened is still the one shown.
    expect(await leaderPage.evaluate('window.__sameDocument')).toBe(true);
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)('reads on a %s in %s, the page never scrolling sideways', async (size, locale) => {
    const page = await browserOf(supervisor, size, locale);
    const dashboard = await DashboardPage.open(page, suite.testApp.url);
    await dashboard.chart().waitFor();
    await dashboard.waitUntilRanked('red', 'Ecology and Environment Bureau');
    expect(await dashboard.heading().innerText()).toBe(locale === 'zh-CN' ? '领导驾驶舱' : 'Dashboard');
    const width = await measurePageWidth(page);
    expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
    await page.screenshot({
      path: screenshotPath(`dashboard-${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`),
      fullPage: true,
    });
  });
});
