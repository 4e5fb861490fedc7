import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import type { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { VIEWPORTS, type BrowserLocale, type ViewportName } from './session';
import { localDay } from './calendar';
import { DashboardPage } from './pages/dashboard-page';
import { measurePageWidth } from './pages/page-width';
import { TaskPanel } from './pages/task-panel';
import { TrendCharts } from './pages/trend-charts';

describe('The dashboard’s history charts (burn-up, overdue over time)', () => {
  const suite = useBrowserSuite();
  let roads: DepartmentView;
  let leader: ApiClient;
  let supervisor: ApiClient;
  let board: BoardView;
  let lateBridge: TaskView;

  beforeAll(async () => {
    roads = await suite.factory.department('Transport Bureau');
    [leader, supervisor] = await Promise.all([
      suite.factory.user('leader'),
      suite.factory.user('supervisor'),
    ]);
    board = await suite.factory.board({ title: 'Road safety rectification' });
    const task = (title: string, deadline: string) =>
      suite.factory.task(board.id, { title, leadDepartmentId: roads.id, deadline }, supervisor);
    lateBridge = await task('Repair the bridge railings', localDay(-2));
    await task('Repaint the school crossings', localDay(-1));
    await task('Light the tunnel', localDay(20));
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (user: ApiClient, size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(user, { size, locale });

  it('draws both charts for the board and moves today’s point live when a supervisor changes a deadline', async () => {
    const leaderPage = await browserOf(leader);
    await DashboardPage.open(leaderPage, suite.testApp.url, board.id);
    const trend = new TrendCharts(leaderPage);
    await trend.waitForCharts();
    // 30 days to today; every task was created today, so only today's point has any.
    const days = await trend.days();
    expect(days).toHaveLength(30);
    expect(days.slice(0, -1).every((day) => day.slice(1).join() === '0,0,0,0')).toBe(true);
    // Today: two due (both past their deadline, open), none closed, three open.
    await trend.waitForToday([2, 0, 2, 3]);
    await leaderPage.evaluate('window.__sameDocument = true');

    // The supervisor, in a browser of their own, gives the bridge ten more days.
    const supervisorPage = await browserOf(supervisor);
    await supervisorPage.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${lateBridge.id}`);
    const panel = new TaskPanel(supervisorPage);
    await panel.heading(lateBridge.title).waitFor();
    await panel.field('Deadline').fill(localDay(10));
    await panel.save();

    await trend.waitForToday([1, 0, 1, 3]);
    expect(await leaderPage.evaluate('window.__sameDocument')).toBe(true);

    // A longer range asks again: 90 days, the same today.
    await trend.rangeButton('90 days').click();
    await trend.waitForDays(90);
    expect(await trend.today()).toEqual([1, 0, 1, 3]);
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)('reads on a %s in %s, the page never scrolling sideways', async (size, locale) => {
    const page = await browserOf(leader, size, locale);
    await DashboardPage.open(page, suite.testApp.url);
    const trend = new TrendCharts(page);
    await trend.waitForCharts();
    expect(await trend.section().getByRole('heading', { level: 2 }).first().innerText()).toBe(
      locale === 'zh-CN' ? '趋势' : 'Over time',
    );
    await trend.rangeButton(locale === 'zh-CN' ? '近 30 天' : '30 days').waitFor();
    const width = await measurePageWidth(page);
    expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
    // A phone widens its layout to what is too wide rather than scroll: the window keeps its width.
    expect(width.innerWidth).toBe(VIEWPORTS[size].width);
    await page.screenshot({
      path: screenshotPath(`trend-${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`),
      fullPage: true,
    });
  });
});
