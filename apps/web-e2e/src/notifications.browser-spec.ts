import type { NotificationList } from '@duban/contracts';
import { type ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { BoardListPage } from './pages/board-list-page';
import { BoardPage } from './pages/board-page';
import { NotificationCenter } from './pages/notification-center';
import { TaskPanel } from './pages/task-panel';
import { eventually, LIVE_TIMEOUT } from './waiting';
import { useBrowserSuite } from './browser-suite';

/** A flag in the page's window: still there later means the page was never reloaded. */
const setMarker = () => ((globalThis as { __sameDocument?: number }).__sameDocument = 1);
const readMarker = () => (globalThis as { __sameDocument?: number }).__sameDocument;

describe('Notifications reach a person live, wherever they are in the app', () => {
  const suite = useBrowserSuite();
  let supervisor: ApiClient;

  beforeAll(async () => {
    supervisor = await suite.factory.user('supervisor');
  });

  /** A member of a department of their own, so no other story's reminders reach them. */
  async function newMember(departmentName: string) {
    const department = await suite.factory.department(departmentName);
    return { department, member: await suite.factory.user('member', department.id) };
  }

  /** The member's browser on the boards list, its notification socket connected. */
  async function openApp(user: ApiClient): Promise<NotificationCenter> {
    const session = await suite.signIn(user);
    await session.page.goto(`${suite.testApp.url}/boards`);
    const center = new NotificationCenter(session.page);
    await center.waitUntilLive();
    await center.bell(0).waitFor();
    await session.page.evaluate(setMarker);
    return center;
  }

  async function unreadOnServer(user: ApiClient): Promise<number> {
    return ((await user.get('/api/notifications').expect(200)).body as NotificationList).unread;
  }

  it('shows a supervisor’s reminder (催办) to the lead department within 2 s, and opens its task', async () => {
    const { department, member } = await newMember(`Ecology and Environment Bureau ${Date.now()}`);
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const task = await suite.factory.task(board.id, {
      title: 'Close the illegal sand quarries along the river',
      leadDepartmentId: department.id,
    });
    const center = await openApp(member);

    const message = 'Please report progress on closing the sand quarries by Friday.';
    await supervisor.post(`/api/tasks/${task.id}/reminders`, { message }).expect(201);
    await center.bell(1).waitFor({ timeout: LIVE_TIMEOUT });
    await center.toast(message).waitFor({ timeout: LIVE_TIMEOUT });

    await center.open();
    const item = center.item(message);
    await item.waitFor();
    expect(await item.getAttribute('data-unread')).toBe('true');
    expect(await item.innerText()).toMatch(/^Reminder/);
    await center.page.screenshot({ path: screenshotPath('notifications-reminder') });
    expect(await center.page.evaluate(readMarker)).toBe(1);

    await item.click();
    await new TaskPanel(center.page).heading(task.title).waitFor();
    expect(center.page.url()).toBe(`${suite.testApp.url}/boards/${board.id}/tasks/${task.id}`);
    await center.bell(0).waitFor();
    expect(
      await eventually(
        () => unreadOnServer(member),
        (unread) => unread === 0,
      ),
    ).toBe(0);
  });

  it('tells a member live when a comment @mentions them', async () => {
    const { department, member } = await newMember(`Commerce Bureau ${Date.now()}`);
    const board = await suite.factory.board({ title: 'Opening up further: tasks for 2021' });
    const task = await suite.factory.task(board.id, {
      title: 'Open a cross-border e-commerce pilot zone',
      leadDepartmentId: department.id,
    });
    const center = await openApp(member);

    const body = `@${member.user.username} the customs data for March is still missing.`;
    await supervisor.post(`/api/tasks/${task.id}/comments`, { body }).expect(201);
    await center.bell(1).waitFor({ timeout: LIVE_TIMEOUT });
    await center.toast('the customs data for March').waitFor({ timeout: LIVE_TIMEOUT });

    await center.open();
    const item = center.item('the customs data for March');
    expect(await item.innerText()).toMatch(/^Mention/);
    expect(await center.page.evaluate(readMarker)).toBe(1);

    // "Mark all read" clears the count without opening anything.
    await center.root.getByRole('button', { name: 'Mark all read' }).click();
    await center.bell(0).waitFor();
    expect(await item.getAttribute('data-unread')).toBe('false');
    expect(
      await eventually(
        () => unreadOnServer(member),
        (unread) => unread === 0,
      ),
    ).toBe(0);
  });

  it('keeps one connection per tab while the member moves between boards, leaving each behind', async () => {
    const { department, member } = await newMember(`Natural Resources Bureau ${Date.now()}`);
    const [first, second] = await Promise.all([
      suite.factory.board({ title: 'Farmland protection: rectification' }),
      suite.factory.board({ title: 'Mine restoration: rectification' }),
    ]);
    const task = await suite.factory.task(second.id, {
      title: 'Restore the abandoned open-pit mines',
      leadDepartmentId: department.id,
    });
    const watcher = await suite.openBoard(supervisor, first.id);
    const sockets: string[] = [];
    const session = await suite.signIn(member);
    session.page.on('websocket', (socket) => sockets.push(socket.url()));
    await session.page.goto(`${suite.testApp.url}/boards`);
    const boards = new BoardListPage(session.page);
    const center = new NotificationCenter(session.page);

    // On the first board, the supervisor sees the member there…
    await boards.openBoard(first.title);
    const memberOnFirst = watcher.page.getByTestId('presence').getByTitle(member.user.displayName);
    await memberOnFirst.waitFor({ timeout: LIVE_TIMEOUT });
    // …and no longer once the member has gone on to the second one, though the tab stays open.
    await session.page.getByRole('link', { name: /All boards/ }).click();
    await boards.openBoard(second.title);
    await new BoardPage(session.page).waitUntilLive();
    await memberOnFirst.waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });

    // The same connection brings the notification.
    const message = 'The restoration plan is due at the end of the month.';
    await supervisor.post(`/api/tasks/${task.id}/reminders`, { message }).expect(201);
    await center.toast(message).waitFor({ timeout: LIVE_TIMEOUT });
    expect(sockets).toHaveLength(1);
  });
});
