import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import type { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { type BrowserLocale, type ViewportName } from './session';
import { BoardPage } from './pages/board-page';
import { DashboardPage } from './pages/dashboard-page';
import { AwaitingInstructionsSection, InstructionsInPanel } from './pages/instructions';
import { NotificationCenter } from './pages/notification-center';
import { measurePageWidth } from './pages/page-width';
import { TaskPanel } from './pages/task-panel';

const LIVE_TIMEOUT = 10_000;

describe('Leader instructions (领导批示) reach the lead department live', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let leader: ApiClient;
  let supervisor: ApiClient;
  let member: ApiClient;
  let board: BoardView;
  let outfalls: TaskView;
  let quarries: TaskView;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
    [leader, supervisor, member] = await Promise.all([
      suite.factory.user('leader'),
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    board = await suite.factory.board({ title: 'Central inspection: rectification of problems found' });
    outfalls = await suite.factory.task(
      board.id,
      { title: 'Survey the sewage outfalls', leadDepartmentId: ecology.id },
      supervisor,
    );
    quarries = await suite.factory.task(
      board.id,
      { title: 'Close the illegal sand quarries', leadDepartmentId: ecology.id },
      supervisor,
    );
    await leader
      .post(`/api/tasks/${quarries.id}/comments`, {
        body: 'Close **every** quarry before the flood season, and report each closure with photos.',
        kind: 'instruction',
      })
      .expect(201);
  });

  /** The user's own browser at a size and in a language, closed after the story (a page that threw fails it). */
  const browserOf = (user: ApiClient, size: ViewportName = 'desk', locale: BrowserLocale = 'en-US') =>
    suite.pageOf(user, { size, locale });

  it('reaches the department live and leaves "awaiting response" when they reply, on the panel and the dashboard', async () => {
    const text = 'Report the outfalls surveyed so far by Friday.';
    // The member has the board open; the leader watches their dashboard in another browser.
    const memberPage = await browserOf(member);
    const memberBoard = await BoardPage.open(memberPage, suite.testApp.url, board.id);
    const bell = new NotificationCenter(memberPage);
    await bell.waitUntilLive();
    const dashboardPage = await browserOf(leader);
    await DashboardPage.open(dashboardPage, suite.testApp.url);
    const awaiting = new AwaitingInstructionsSection(dashboardPage);
    await awaiting.item(quarries.title).waitFor();
    expect(await awaiting.item(outfalls.title).count()).toBe(0);
    await dashboardPage.evaluate('window.__sameDocument = true');

    // The leader gives the instruction on the task's panel.
    const leaderPage = await browserOf(leader);
    await leaderPage.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${outfalls.id}`);
    await new TaskPanel(leaderPage).heading(outfalls.title).waitFor();
    const leaderPanel = new InstructionsInPanel(leaderPage);
    const given = await leaderPanel.give(text);
    expect(await leaderPanel.status(given).innerText()).toBe('Awaiting response · 0 days');

    // At once: the member's toast and bell, the badge on the card, the leader's dashboard.
    // (The instruction on the quarries, given before, is their first unread notification.)
    await bell.toast('Leader instruction').waitFor({ timeout: LIVE_TIMEOUT });
    await bell.bell(2).waitFor({ timeout: LIVE_TIMEOUT });
    const card = memberBoard.card(outfalls.title);
    await card.getByText('Instruction awaiting response', { exact: true }).waitFor({ timeout: LIVE_TIMEOUT });
    const listed = awaiting.item(outfalls.title);
    await listed.waitFor({ timeout: LIVE_TIMEOUT });
    expect(await listed.getByTestId('instruction-age').innerText()).toBe('Awaiting response · 0 days');
    await listed.scrollIntoViewIfNeeded();
    await dashboardPage.screenshot({ path: screenshotPath('instructions-dashboard-desk-en') });

    // The member opens the task and replies: the instruction is answered everywhere.
    const memberPanel = await memberBoard.openCard(card);
    await memberPanel.heading(outfalls.title).waitFor();
    const instructions = new InstructionsInPanel(memberPage);
    const shown = instructions.instruction(text);
    expect(await instructions.status(shown).innerText()).toBe('Awaiting response · 0 days');
    await instructions.reply(shown, 'Received: 9 of 14 surveyed, the list follows on Friday.');
    await instructions
      .status(shown)
      .filter({ hasText: /^Answered by Test member · / })
      .waitFor();

    await leaderPanel
      .status(given)
      .filter({ hasText: /^Answered by Test member · / })
      .waitFor({ timeout: LIVE_TIMEOUT });
    await listed.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    await card.getByText('Instruction awaiting response', { exact: true }).waitFor({ state: 'detached' });
    await awaiting.item(quarries.title).waitFor();
    expect(await dashboardPage.evaluate('window.__sameDocument')).toBe(true);
  });

  it.each([
    ['desk', 'en-US'],
    ['desk', 'zh-CN'],
    ['phone', 'en-US'],
    ['phone', 'zh-CN'],
  ] as const)(
    'shows the panel with an instruction on a %s in %s, never scrolling sideways',
    async (size, locale) => {
      const page = await browserOf(member, size, locale);
      await page.goto(`${suite.testApp.url}/boards/${board.id}/tasks/${quarries.id}`);
      const panel = new InstructionsInPanel(page);
      const shown = panel.instruction('before the flood season');
      await shown.waitFor();
      expect(await panel.status(shown).innerText()).toBe(
        locale === 'zh-CN' ? '待回复 · 0 天' : 'Awaiting response · 0 days',
      );
      await shown.getByRole('button', { name: locale === 'zh-CN' ? '回复' : 'Reply', exact: true }).waitFor();
      const width = await measurePageWidth(page);
      expect(width.scrollWidth <= width.innerWidth ? [] : [width]).toEqual([]);
      // The drawer scrolls on its own: bring the instruction into its view for the picture.
      await shown.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: screenshotPath(`instructions-panel-${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`),
      });
    },
  );
});
