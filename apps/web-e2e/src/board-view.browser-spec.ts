import type { DepartmentView, TaskView, UserView } from '@duban/contracts';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { localDay } from './calendar';
import type { BoardPage } from './pages/board-page';
import { measurePageWidth } from './pages/page-width';
import { LIVE_TIMEOUT } from './waiting';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1440, height: 900 };

/** The board view itself: its search, the card size, who views or edits what, badges, refusals, phones. */
describe('The board view', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let commerce: DepartmentView;
  let industry: DepartmentView;

  beforeAll(async () => {
    [ecology, commerce, industry] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Commerce Bureau'),
      suite.factory.department('Industry and Information Technology Bureau'),
    ]);
  });

  /** A person with a name of their own, to search for. */
  async function person(displayName: string): Promise<UserView> {
    const username = `person-${Math.random().toString(36).slice(2, 10)}`;
    const input = {
      username,
      password: 'password-1234',
      displayName,
      role: 'member',
      departmentId: commerce.id,
    };
    return (await suite.admin.post('/api/users', input).expect(201)).body as UserView;
  }

  /** A board of eight tasks across the columns: late, unsigned, cooperating, returned. */
  async function aBusyBoard(title: string) {
    const board = await suite.factory.board({ title, description: 'Decided at the executive meeting.' });
    const wang = await person('Wang Fang');
    const task = (input: Parameters<typeof suite.factory.task>[1]) => suite.factory.task(board.id, input);
    const tasks = await Promise.all([
      task({
        title: 'Close the illegal sand quarries along the river',
        leadDepartmentId: ecology.id,
        cooperatingDepartmentIds: [commerce.id, industry.id],
        deadline: localDay(-3),
      }),
      task({ title: 'Relocate the chemical plants', leadDepartmentId: industry.id, deadline: localDay(20) }),
      task({
        title: 'Open the cross-border e-commerce zone',
        leadDepartmentId: commerce.id,
        cooperatingDepartmentIds: [ecology.id],
        assigneeIds: [wang.id],
      }),
      task({ title: 'Survey the outfalls into the sea', description: 'Ecology patrols, monthly' }),
      task({ title: 'Publish the brand catalogue', leadDepartmentId: commerce.id, deadline: localDay(2) }),
      task({ title: 'Upgrade the sewage works', leadDepartmentId: ecology.id, deadline: localDay(40) }),
      task({ title: 'Train the inspectors', leadDepartmentId: industry.id }),
      task({
        title: 'Map the wetlands',
        leadDepartmentId: ecology.id,
        cooperatingDepartmentIds: [industry.id],
      }),
    ]);
    return { board, tasks, wang };
  }

  it('filters the columns as one types, by title, department or person, in the URL, and live', async () => {
    const { board, tasks } = await aBusyBoard('Search: ecological inspection follow-up');
    const boardPage = await suite.openBoard(suite.admin, board.id);
    const { page } = boardPage;
    await page.setViewportSize(DESK);
    // The column draws only the cards in and near its view, so count the column, not the cards.
    await boardPage.columnCounting('todo', 8).waitFor();

    // A department's name finds what it leads or cooperates on; the description counts too.
    await boardPage.searchBox().fill('ecology');
    await boardPage.searchSummary().filter({ hasText: '5 of 8 tasks' }).waitFor();
    expect(await page.getByTestId('task-card').count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ecology');
    await boardPage.card('Survey the outfalls into the sea').waitFor();
    await page.screenshot({ path: screenshotPath('board-view-searched-desk-en') });

    // A person's name finds their tasks.
    await boardPage.searchBox().fill('wang fang');
    await boardPage.searchSummary().filter({ hasText: '1 of 8 tasks' }).waitFor();
    await boardPage.card('Open the cross-border e-commerce zone').waitFor();

    // Kept in the URL: a reload shows the same search, and the table reads it too.
    await boardPage.searchBox().fill('ecology');
    await boardPage.searchSummary().filter({ hasText: '5 of 8 tasks' }).waitFor();
    await page.reload();
    await boardPage.waitUntilLive();
    expect(await boardPage.searchBox().inputValue()).toBe('ecology');
    await boardPage.searchSummary().filter({ hasText: '5 of 8 tasks' }).waitFor();

    // Someone else hands a matching task to another department: it leaves the columns by itself.
    const wetlands = tasks.find((task) => task.title === 'Map the wetlands') as TaskView;
    await suite.admin
      .patch(`/api/tasks/${wetlands.id}`, {
        leadDepartmentId: commerce.id,
        cooperatingDepartmentIds: [],
        version: 1,
      })
      .expect(200);
    await boardPage.card('Map the wetlands').waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    await boardPage.searchSummary().filter({ hasText: '4 of 8 tasks' }).waitFor();

    const table = await boardPage.showTable();
    await table.summaryShowing(4, 8).waitFor();
    await page.getByRole('button', { name: /^(Board|看板)$/ }).click();

    await boardPage.clearSearchButton().click();
    await boardPage.columnCounting('todo', 8).waitFor();
    expect(new URL(page.url()).searchParams.has('q')).toBe(false);
  });

  it('offers compact cards, with short department chips and full names on hover, remembered per user', async () => {
    const { board } = await aBusyBoard('Compact: rectification ledger');
    const supervisor = await suite.factory.user('supervisor');
    const boardPage = await suite.openBoard(supervisor, board.id);
    const { page } = boardPage;
    await page.setViewportSize(DESK);
    const quarries = boardPage.card('Close the illegal sand quarries along the river');
    await quarries.waitFor();
    const comfortableHeight = (await quarries.boundingBox())?.height ?? 0;
    await page.screenshot({ path: screenshotPath('board-view-comfortable-desk-en') });

    await boardPage.cardSizeButton('Compact').click();
    const lead = quarries.getByTitle('Lead department: Ecology and Environment Bureau');
    await lead.waitFor();
    expect(await lead.locator('[aria-hidden="true"]').innerText()).toBe('Ecology');
    await quarries
      .getByTitle('Cooperating departments: Industry and Information Technology Bureau')
      .waitFor();
    expect((await quarries.boundingBox())?.height ?? 0).toBeLessThan(comfortableHeight * 0.75);
    await page.screenshot({ path: screenshotPath('board-view-compact-desk-en') });

    // Remembered on the server: a reload (or another browser) shows compact cards again.
    await page.reload();
    await boardPage.waitUntilLive();
    await quarries.getByTitle('Lead department: Ecology and Environment Bureau').waitFor();
    expect(await boardPage.cardSizeButton('Compact').getAttribute('aria-pressed')).toBe('true');
    const me = (await supervisor.get('/api/me').expect(200)).body as { preferences: { cardDensity: string } };
    expect(me.preferences.cardDensity).toBe('compact');

    await boardPage.switchLanguage();
    await boardPage.cardSizeButton('紧凑').waitFor();
    await page.screenshot({ path: screenshotPath('board-view-compact-desk-zh') });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: screenshotPath('board-view-compact-phone-zh') });
    await boardPage.cardSizeButton('标准').click();
    await boardPage.switchLanguage();
  });

  it('shows a task opened by someone as viewed, and as edited only once they change a field', async () => {
    const board = await suite.factory.board({ title: 'Presence: spring inspection' });
    const task = await suite.factory.task(board.id, {
      title: 'Check the landfill liners',
      leadDepartmentId: ecology.id,
    });
    const member = await suite.factory.user('member', ecology.id);
    const [memberBoard, watcherBoard] = await Promise.all([
      suite.openBoard(member, board.id),
      suite.openBoard(suite.admin, board.id),
    ]);
    const watchedCard = watcherBoard.card(task.title);

    const panel = await memberBoard.openCard(memberBoard.card(task.title));
    await watcherBoard.cardPresence(watchedCard, 'viewing').waitFor({ timeout: LIVE_TIMEOUT });
    await watcherBoard.presenceAvatar('Test member · viewing a task').waitFor();
    expect(await watcherBoard.cardPresence(watchedCard, 'editing').count()).toBe(0);
    expect(await watchedCard.innerText()).not.toMatch(/editing/);

    await panel.field('Title').fill('Check the landfill liners and drains');
    await watcherBoard.cardPresence(watchedCard, 'editing').waitFor({ timeout: LIVE_TIMEOUT });
    await watcherBoard.presenceAvatar('Test member · editing a task').waitFor();
    await watcherBoard.page.screenshot({ path: screenshotPath('board-view-presence-editing-desk-en') });

    await panel.save();
    const renamed = watcherBoard.card('Check the landfill liners and drains');
    await watcherBoard.cardPresence(renamed, 'viewing').waitFor({ timeout: LIVE_TIMEOUT });
    expect(await watcherBoard.cardPresence(renamed, 'editing').count()).toBe(0);

    await panel.close();
    await watcherBoard.cardPresence(renamed, 'viewing').waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
  });

  it('drops the red Returned badge once a returned task is closed', async () => {
    const board = await suite.factory.board({ title: 'Badges: opening up further' });
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', ecology.id);
    const returnedOnce = async (title: string) => {
      const task = await suite.factory.task(board.id, { title, leadDepartmentId: ecology.id });
      await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
      await member
        .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
        .expect(200);
      await member.post(`/api/tasks/${task.id}/submit`, { result: 'Surveyed', version: 3 }).expect(200);
      await supervisor
        .post(`/api/tasks/${task.id}/return`, { reason: 'No permit list', version: 4 })
        .expect(200);
      return task;
    };
    const open = await returnedOnce('Survey the pollution permits');
    const closed = await returnedOnce('List the permits of the tanneries');
    await member
      .post(`/api/tasks/${closed.id}/submit`, { result: 'Listed, with permits', version: 5 })
      .expect(200);
    const boardPage = await suite.openBoard(supervisor, board.id);

    await boardPage.cardIn('in_progress', open.title).getByText('Returned ×1').waitFor();
    // Closing it live, while the board is open, takes the badge away too.
    await supervisor.post(`/api/tasks/${closed.id}/verify`, { note: 'Seen on site', version: 6 }).expect(200);
    const done = boardPage.cardIn('done', closed.title);
    await done.waitFor({ timeout: LIVE_TIMEOUT });
    expect(await done.getByText(/Returned/).count()).toBe(0);
    expect(await done.locator('[data-badge]').count()).toBe(0);
  });

  it('says why a move is refused, in English and in Chinese', async () => {
    const board = await suite.factory.board({ title: 'Refusals: new tasks' });
    const task = await suite.factory.task(board.id, {
      title: 'Clean the river banks',
      leadDepartmentId: ecology.id,
    });
    const member = await suite.factory.user('member', ecology.id);
    const boardPage = await suite.openBoard(member, board.id);
    const card = boardPage.card(task.title);
    await boardPage.moveHandle(card).waitFor();

    await boardPage.dragCard(card, 'in_progress');
    await boardPage
      .moveAlert()
      .filter({
        hasText:
          '“Clean the river banks” may not go to In progress: the lead department must sign for it first.',
      })
      .waitFor();
    expect(await boardPage.cardIn('todo', task.title).count()).toBe(1);
    await boardPage.page.screenshot({ path: screenshotPath('board-view-refusal-desk-en') });

    // The refusal on screen follows the language, the column's name included.
    await boardPage.switchLanguage();
    await boardPage
      .moveAlert()
      .filter({ hasText: '“Clean the river banks”不可移入办理中：须先由牵头单位签收。' })
      .waitFor();
    await boardPage.dragCard(card, 'done');
    await boardPage
      .moveAlert()
      .filter({ hasText: '“Clean the river banks”不可移入已办结：只有督查人员才能审核销号。' })
      .waitFor();
    await boardPage.dragCard(card, 'in_progress');
    await boardPage.moveAlert().filter({ hasText: '不可移入办理中：须先由牵头单位签收。' }).waitFor();
    await boardPage.page.screenshot({ path: screenshotPath('board-view-refusal-desk-zh') });
    await boardPage.switchLanguage();
  });

  describe('at phone size (390 × 844)', () => {
    async function onPhone(page: Page, boardPage: BoardPage, name: string) {
      await page.setViewportSize(PHONE);
      await boardPage.column('todo').waitFor();
      const top = (await boardPage.column('todo').boundingBox())?.y ?? Infinity;
      const width = await measurePageWidth(page);
      await page.screenshot({ path: screenshotPath(name) });
      // dnd-kit's announcer is a 1 px clipped box at the edge: it scrolls nothing.
      const overflowing = width.overflowing.filter((element) => !element.includes('DndLiveRegion'));
      return { top, width: { ...width, overflowing } };
    }

    it('starts the columns within the first screen, folds the board details away, and never scrolls sideways', async () => {
      const { board } = await aBusyBoard('Phone: implementation of the 2021 government work report');
      const supervisor = await suite.factory.user('supervisor');
      const boardPage = await suite.openBoard(supervisor, board.id);
      const { page } = boardPage;

      const english = await onPhone(page, boardPage, 'board-view-phone-en');
      expect(english.width.overflowing).toEqual([]);
      expect(english.width.scrollWidth).toBeLessThanOrEqual(english.width.innerWidth);
      // Within the first screen, with room for a card or two under the column's heading.
      expect(english.top).toBeLessThan(PHONE.height - 200);

      // The details are one tap away.
      await boardPage.detailsToggle().click();
      await page.getByRole('region', { name: /Supervision at a glance|督办概况/ }).waitFor();
      await page.screenshot({ path: screenshotPath('board-view-phone-details-en') });
      await boardPage.detailsToggle().click();

      await boardPage.searchBox().fill('ecology');
      await boardPage.searchSummary().filter({ hasText: '5 of 8 tasks' }).waitFor();
      await page.screenshot({ path: screenshotPath('board-view-searched-phone-en') });
      await boardPage.clearSearchButton().click();

      await boardPage.switchLanguage();
      await boardPage.cardSizeButton('紧凑').waitFor();
      const chinese = await onPhone(page, boardPage, 'board-view-phone-zh');
      expect(chinese.width.overflowing).toEqual([]);
      expect(chinese.width.scrollWidth).toBeLessThanOrEqual(chinese.width.innerWidth);
      expect(chinese.top).toBeLessThan(PHONE.height - 200);
      await boardPage.searchBox().fill('ecology');
      await boardPage.searchSummary().filter({ hasText: '5 / 8 项' }).waitFor();
      await page.screenshot({ path: screenshotPath('board-view-searched-phone-zh') });
      await boardPage.clearSearchButton().click();
      await page.setViewportSize(DESK);
      await page.screenshot({ path: screenshotPath('board-view-desk-zh') });
      await boardPage.switchLanguage();
    });
  });
});
