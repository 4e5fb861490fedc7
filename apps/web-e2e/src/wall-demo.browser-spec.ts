import type { WaitingForMe } from '@duban/contracts';
import { ApiClient } from '@duban/api/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { DashboardPage } from './pages/dashboard-page';
import { measurePageWidth } from './pages/page-width';
import { WaitingList, WallPage } from './pages/wall-page';

const DEMO_PASSWORD = 'duban-demo';
/** Where the web client keeps its access token (apps/web/src/auth/token-storage.ts). */
const TOKEN_STORAGE_KEY = 'duban.accessToken';
const SIZES = {
  wall: { width: 1920, height: 1080 },
  desk: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * The Chinese demo's leader (DEMO_LANG=zh: several departments, some late) on /dashboard and on the wall:
 * what the API says waits for them is what the page lists, and the wall, with the demo's real names and
 * figures, fills a desk and a wall screen without scrolling.
 */
describe('Waiting for me and the wall display on the Chinese demo', () => {
  const suite = useBrowserSuite({ demo: true, admin: null, demoLanguage: 'zh' });
  let leader: ApiClient;
  const contexts: BrowserContext[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    leader = await ApiClient.login(suite.testApp.url, 'leader', DEMO_PASSWORD);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors.splice(0);
    if (errors.length > 0)
      throw new Error(`The page threw: ${errors.map((error) => error.message).join('; ')}`);
  });

  async function leaderBrowser(size: keyof typeof SIZES): Promise<Page> {
    const context = await suite.browser.newContext({
      viewport: SIZES[size],
      isMobile: size === 'phone',
      hasTouch: size === 'phone',
      locale: 'zh-CN',
      storageState: {
        cookies: [],
        origins: [
          { origin: leader.baseUrl, localStorage: [{ name: TOKEN_STORAGE_KEY, value: leader.token }] },
        ],
      },
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    return page;
  }

  it.each(['desk', 'phone'] as const)(
    'lists on a %s what the API says waits for the leader, the page never scrolling sideways',
    async (size) => {
      const tz = encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone);
      const waiting = (await leader.get(`/api/me/waiting?tz=${tz}`).expect(200)).body as WaitingForMe;
      const overdue = waiting.sections.find((section) => section.key === 'overdue')?.items ?? [];
      // The demo has late tasks with this leader responsible: the list is not empty by accident.
      expect(overdue.length).toBeGreaterThan(0);

      const page = await leaderBrowser(size);
      await DashboardPage.open(page, suite.testApp.url);
      const list = new WaitingList(page);
      await list.section('overdue').locator('.waiting-title').first().waitFor();
      expect(await list.titles('overdue')).toEqual(overdue.map((item) => item.title));
      const width = await measurePageWidth(page);
      expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
      await page.getByTestId('waiting').screenshot({ path: screenshotPath(`waiting-demo-${size}-zh`) });
    },
  );

  it.each(['wall', 'desk'] as const)(
    'fills a %s screen with the demo’s figures without scrolling',
    async (size) => {
      const page = await leaderBrowser(size);
      const wall = await WallPage.open(page, suite.testApp.url, 600);
      await wall.connection('live').waitFor();
      await wall.redList().locator('li').first().waitFor();
      expect(await wall.scrolls()).toEqual({ page: false, wall: false });
      const { width, height } = SIZES[size];
      await page.screenshot({ path: screenshotPath(`wall-demo-${width}x${height}-zh`) });
    },
  );
});
