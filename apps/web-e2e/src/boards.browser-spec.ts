import type { BoardSnapshot, BoardView, DepartmentView } from '@duban/contracts';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { BoardArchive } from './pages/archived-board';
import { BoardListPage } from './pages/board-list-page';
import { BoardPage } from './pages/board-page';
import { LIVE_TIMEOUT, eventually } from './waiting';

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

describe('Boards from the UI: create a board, archive it when its work is done, find it again', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
  });

  /** The board whose page the browser shows: its id from the URL, the board from the API. */
  async function boardShownIn(page: Page): Promise<BoardView> {
    const id = /\/boards\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    if (!id) throw new Error(`Not on a board: ${page.url()}`);
    return ((await suite.admin.get(`/api/boards/${id}`).expect(200)).body as BoardSnapshot).board;
  }

  it('a supervisor creates a board through the dialog, lands on it, archives it and restores it', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const merged = await suite.factory.department('Former Planning Office');
    await suite.admin.patch(`/api/departments/${merged.id}`, { archived: true }).expect(200);
    const session = await suite.signIn(supervisor);
    const { page } = session;
    await page.setViewportSize(DESK);
    const list = await BoardListPage.open(page, suite.testApp.url);

    const dialog = await list.newBoard();
    await dialog.root.getByRole('checkbox', { name: 'Ecology and Environment Bureau' }).waitFor();
    // An archived department takes no new boards.
    expect(await dialog.root.getByRole('checkbox', { name: 'Former Planning Office' }).count()).toBe(0);
    // Nothing typed: refused on the title before anything is sent.
    await dialog.submit();
    expect(await dialog.problemOf('Title')).toBe('Required.');
    await dialog.field('Title').fill('Standing Committee meeting of 5 December');
    await dialog.field('Description').fill('Tasks decided on the central city’s air quality');
    await dialog.field('Meeting minutes').fill('Minutes No. 31 (2026)');
    await dialog.allow('Ecology and Environment Bureau');
    await page.screenshot({ path: screenshotPath('boards-new-board-dialog') });
    await dialog.submit();

    await page.getByRole('heading', { level: 1, name: 'Standing Committee meeting of 5 December' }).waitFor();
    const board = await boardShownIn(page);
    expect(board).toMatchObject({
      description: 'Tasks decided on the central city’s air quality',
      source: 'Minutes No. 31 (2026)',
      departmentIds: [ecology.id],
      archivedAt: null,
    });
    const boardPage = new BoardPage(page);
    await boardPage.waitUntilLive();
    const task = await suite.factory.task(board.id, { title: 'Close the coal-fired boilers' }, supervisor);
    await boardPage.moveHandle(boardPage.card(task.title)).waitFor({ timeout: LIVE_TIMEOUT });

    // Archived: read-only at once, with nothing left to edit.
    const archive = new BoardArchive(page);
    const confirmation = await archive.openConfirmation();
    expect(await confirmation.innerText()).toContain('An archived board is read-only');
    await page.screenshot({ path: screenshotPath('boards-archive-confirmation') });
    await archive.confirm();
    await archive.restoreButton().waitFor();
    expect(await page.getByTestId('create-task').count()).toBe(0);
    expect(await boardPage.settingsButton().count()).toBe(0);
    expect(await archive.archiveButton().count()).toBe(0);
    expect(await boardPage.moveHandle(boardPage.card(task.title)).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('boards-archived-board') });
    expect((await boardShownIn(page)).archivedAt).not.toBeNull();
    // And the API refuses what the page no longer offers.
    const refused = await supervisor.post(`/api/boards/${board.id}/tasks`, { title: 'Late' }).expect(403);
    expect(refused.body).toMatchObject({ code: 'board_archived' });

    // Out of the default list; shown with the switch, marked archived; found by search.
    await page.getByRole('link', { name: /All boards/ }).click();
    await list.heading().waitFor();
    await list.card('Standing Committee meeting of 5 December').waitFor({ state: 'detached' });
    await list.showArchived(true);
    const card = list.card('Standing Committee meeting of 5 December');
    await list.archivedBadge(card).waitFor();
    expect(await list.archivedBadge(card).innerText()).toBe('Archived');
    await list.search('5 december');
    await list.waitForTitles(['Standing Committee meeting of 5 December']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('5 december');
    expect(new URL(page.url()).searchParams.get('archived')).toBe('include');
    await list.showArchived(false);
    await list.emptyNotice().waitFor();

    // Restored from its banner, the board is writable again.
    await list.showArchived(true);
    await list.openBoard('Standing Committee meeting of 5 December');
    await boardPage.waitUntilLive();
    await archive.restoreButton().click();
    await archive.banner().waitFor({ state: 'detached' });
    await page.getByTestId('create-task').waitFor();
    await boardPage.moveHandle(boardPage.card(task.title)).waitFor();
    expect((await boardShownIn(page)).archivedAt).toBeNull();
  });

  it('turns the board read-only, live, for someone else who has it open', async () => {
    const board = await suite.factory.board({ title: 'Rectification of inspection findings' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const task = await suite.factory.task(board.id, {
      title: 'Dredge the river',
      leadDepartmentId: ecology.id,
    });
    const [supervisorBoard, memberBoard] = await Promise.all([
      suite.openBoard(supervisor, board.id),
      suite.openBoard(member, board.id),
    ]);
    await memberBoard.moveHandle(memberBoard.card(task.title)).waitFor();
    // Members may not archive; the banner offers them no restore either.
    expect(await new BoardArchive(memberBoard.page).archiveButton().count()).toBe(0);

    await new BoardArchive(supervisorBoard.page).archive();

    const memberView = new BoardArchive(memberBoard.page);
    await memberView.banner().waitFor({ timeout: LIVE_TIMEOUT });
    expect(await memberView.restoreButton().count()).toBe(0);
    await memberBoard.moveHandle(memberBoard.card(task.title)).waitFor({ state: 'detached' });
  });

  it('finds boards by title, in English and Chinese, at desk and phone sizes', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', ecology.id);
    for (const title of [
      'River chief system 河长制 2026',
      'Air pollution prevention 大气污染防治',
      'Optimising the business environment',
    ])
      await suite.factory.board({ title, description: 'Decided at the standing committee' }, supervisor);
    const done = await suite.factory.board({ title: 'Air quality campaign 2025 大气攻坚' }, supervisor);
    await supervisor.patch(`/api/boards/${done.id}`, { archived: true }).expect(200);

    // A member finds boards but may not create them.
    const memberSession = await suite.signIn(member);
    const memberList = await BoardListPage.open(memberSession.page, suite.testApp.url);
    await memberList.card('River chief system 河长制 2026').waitFor();
    expect(await memberList.newBoardButton().count()).toBe(0);

    const session = await suite.signIn(supervisor);
    const { page } = session;
    await page.setViewportSize(DESK);
    const list = await BoardListPage.open(page, suite.testApp.url);
    await list.card('Optimising the business environment').waitFor();
    await list.newBoardButton().waitFor();

    await list.search('AIR');
    await list.waitForTitles(['Air pollution prevention 大气污染防治']);
    await list.showArchived(true);
    await list.waitForTitles(['Air pollution prevention 大气污染防治', 'Air quality campaign 2025 大气攻坚']);
    await page.screenshot({ path: screenshotPath('boards-list-search') });
    // The search is in the link: a reload (or a shared link) shows the same.
    await page.reload();
    await list.waitForTitles(['Air pollution prevention 大气污染防治', 'Air quality campaign 2025 大气攻坚']);
    expect(await list.searchBox().inputValue()).toBe('AIR');
    await list.showArchived(false);

    await list.search('河长');
    await list.waitForTitles(['River chief system 河长制 2026']);
    await list.search('no such board');
    await list.emptyNotice().filter({ hasText: 'No boards match “no such board”.' }).waitFor();
    await list.search('');
    await eventually(
      () => list.titles(),
      (titles) => titles.length >= 3 && !titles.includes('Air quality campaign 2025 大气攻坚'),
      { timeout: 10_000 },
    );

    await page.setViewportSize(PHONE);
    await page.screenshot({ path: screenshotPath('boards-list-phone') });
    const phoneDialog = await list.newBoard();
    await page.screenshot({ path: screenshotPath('boards-new-board-dialog-phone') });
    await phoneDialog.root.getByRole('button', { name: 'Cancel' }).click();

    // In Chinese, with the glossary's terms.
    await list.languageToggle().click();
    await list.heading().filter({ hasText: '督办台账' }).waitFor();
    await list.search('大气');
    await list.showArchived(true);
    await list.waitForTitles(['Air pollution prevention 大气污染防治', 'Air quality campaign 2025 大气攻坚']);
    const archivedCard = list.card('Air quality campaign 2025 大气攻坚');
    expect(await list.archivedBadge(archivedCard).innerText()).toBe('已归档');
    await page.screenshot({ path: screenshotPath('boards-list-phone-zh') });
    const dialog = await list.newBoard();
    await dialog.field('标题').waitFor();
    await dialog.field('会议纪要').waitFor();
    await page.screenshot({ path: screenshotPath('boards-new-board-dialog-phone-zh') });
    await page.setViewportSize(DESK);
    await page.screenshot({ path: screenshotPath('boards-new-board-dialog-zh') });
    await dialog.root.getByRole('button', { name: '取消' }).click();
    await page.screenshot({ path: screenshotPath('boards-list-zh') });
  });
});
