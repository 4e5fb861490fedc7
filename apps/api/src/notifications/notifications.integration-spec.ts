import type { ApiErrorBody, NotificationList, NotificationView } from '@duban/contracts';
import { ApiClient } from '../testing/api-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** The notification centre: each user's own notifications, the unread count, @mentions. */
describe('Notifications', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  async function notificationsOf(client: ApiClient, query = ''): Promise<NotificationList> {
    return (await client.get(`/api/notifications${query}`).expect(200)).body as NotificationList;
  }

  /** Records the `notification` events the user's socket receives. */
  async function liveNotificationsOf(client: ApiClient): Promise<NotificationView[]> {
    const { socket } = await live.connect(client);
    const received: NotificationView[] = [];
    socket.on('notification', (notification) => received.push(notification));
    return received;
  }

  async function until(condition: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function remindedMember() {
    const lead = await suite.factory.department();
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { leadDepartmentId: lead.id });
    const member = await suite.factory.user('member', lead.id);
    for (const message of ['First reminder', 'Second reminder', 'Third reminder']) {
      await suite.admin.post(`/api/tasks/${task.id}/reminders`, { message }).expect(201);
    }
    return { member, task };
  }

  it('lists only your own notifications, newest first, with the unread count', async () => {
    const { member } = await remindedMember();
    const list = await notificationsOf(member);
    expect(list.unread).toBe(3);
    expect(list.items.map((item) => item.message)).toEqual([
      'Third reminder',
      'Second reminder',
      'First reminder',
    ]);
    expect(list.items.every((item) => item.userId === member.user.id)).toBe(true);

    const page = await notificationsOf(member, '?limit=1');
    expect(page.items.map((item) => item.message)).toEqual(['Third reminder']);
    expect(page.unread).toBe(3);
    const response = await member.get('/api/notifications?limit=0').expect(400);
    expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain('limit');
  });

  it('marks one read (only your own) and then all of them', async () => {
    const { member } = await remindedMember();
    const stranger = await suite.factory.user('member', (await suite.factory.department()).id);
    const [newest] = (await notificationsOf(member)).items;

    await stranger.post(`/api/notifications/${newest!.id}/read`).expect(404);
    await suite.admin.post(`/api/notifications/${newest!.id}/read`).expect(404);
    const read = (await member.post(`/api/notifications/${newest!.id}/read`).expect(200))
      .body as NotificationView;
    expect(read).toMatchObject({ id: newest!.id, readAt: expect.any(String) });
    const again = (await member.post(`/api/notifications/${newest!.id}/read`).expect(200))
      .body as NotificationView;
    expect(again.readAt).toBe(read.readAt);
    expect((await notificationsOf(member)).unread).toBe(2);

    expect((await stranger.post('/api/notifications/read-all').expect(200)).body).toEqual({ marked: 0 });
    expect((await member.post('/api/notifications/read-all').expect(200)).body).toEqual({ marked: 2 });
    const after = await notificationsOf(member);
    expect(after.unread).toBe(0);
    expect(after.items.every((item) => item.readAt !== null)).toBe(true);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    await suite.admin.post('/api/notifications/nope/read').expect(400);
    await suite.admin.post('/api/notifications/00000000-0000-4000-8000-000000000000/read').expect(404);
  });

  it('notifies the users a comment @mentions, live, but not its author', async () => {
    const department = await suite.factory.department();
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { leadDepartmentId: department.id });
    const author = await suite.factory.user('member', department.id);
    const leader = await suite.factory.user('leader');
    const supervisor = await suite.factory.user('supervisor');
    const leaderLive = await liveNotificationsOf(leader);

    const body = `@${leader.user.username} @${supervisor.user.username}. Please check — cc @${author.user.username} @nobody-here`;
    const comment = await author.post(`/api/tasks/${task.id}/comments`, { body }).expect(201);

    await until(() => leaderLive.length === 1, 'the mention notification');
    expect(leaderLive[0]).toMatchObject({
      userId: leader.user.id,
      kind: 'mention',
      boardId: board.id,
      taskId: task.id,
      taskTitle: task.title,
      actorId: author.user.id,
      message: body,
      createdAt: comment.body.createdAt,
    });
    expect((await notificationsOf(leader)).items).toEqual(leaderLive);
    expect((await notificationsOf(supervisor)).unread).toBe(1);
    expect((await notificationsOf(author)).unread).toBe(0);
  });

  it('does not tell users about a restricted board they cannot see', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const board = await suite.factory.board({ departmentIds: [inside.id] });
    const task = await suite.factory.task(board.id, { leadDepartmentId: inside.id });
    const author = await suite.factory.user('member', inside.id);
    const colleague = await suite.factory.user('member', inside.id);
    const outsider = await suite.factory.user('member', outside.id);
    const outsiderLive = await liveNotificationsOf(outsider);
    const colleagueLive = await liveNotificationsOf(colleague);

    await author
      .post(`/api/tasks/${task.id}/comments`, {
        body: `@${outsider.user.username} and @${colleague.user.username}, see this`,
      })
      .expect(201);

    await until(() => colleagueLive.length === 1, 'the colleague’s notification');
    expect((await notificationsOf(colleague)).unread).toBe(1);
    expect((await notificationsOf(outsider)).unread).toBe(0);
    expect(outsiderLive).toEqual([]);
  });
});
