import type { BoardEvent, NotificationView } from '@duban/contracts';
import { ApiClient, Factory } from '../testing/api-client';
import { connectSocket, EventRecorder, joinBoard, type ClientSocket } from '../testing/socket-client';
import { startTestCluster, type TestCluster } from '../testing/test-app';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two API processes' apps on one PostgreSQL database, linked by the Socket.IO Redis adapter on the real
 * Redis: what one process commits reaches the sockets of both, in seq order, with no gap.
 */
describe('Two API processes linked through Redis', () => {
  let cluster: TestCluster;
  let admin: { a: ApiClient; b: ApiClient };
  let factory: Factory;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    // Started together on an empty database: they take turns to migrate it.
    cluster = await startTestCluster(2, REDIS_URL, { together: true });
    const [a, b] = cluster.apps;
    const signedIn = await ApiClient.loginAdmin(a!.url);
    admin = { a: signedIn, b: on(b!.url, signedIn) };
    factory = new Factory(signedIn);
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.close();
  });
  afterAll(() => cluster?.close());

  /** The same signed-in user, talking to another process. */
  const on = (url: string, client: ApiClient) => new ApiClient(url, client.token, client.user);
  const urlOf = (process: 'a' | 'b') => cluster.apps[process === 'a' ? 0 : 1]!.url;

  async function watch(client: ApiClient, process: 'a' | 'b', boardId: string) {
    const socket = await connectSocket(urlOf(process), client.token);
    open.push(socket);
    const recorder = new EventRecorder(socket);
    const notifications: NotificationView[] = [];
    socket.on('notification', (notification) => notifications.push(notification));
    expect(await joinBoard(socket, boardId)).toMatchObject({ ok: true });
    return { socket, recorder, notifications };
  }

  const seqs = (events: BoardEvent[]) => events.map((event) => event.seq);

  it('sends writes through either process to the sockets of both, in seq order, with no gap', async () => {
    const board = await factory.board();
    const onA = await watch(admin.a, 'a', board.id);
    const onB = await watch(admin.a, 'b', board.id);

    // Interleaved and concurrent: each process commits some, on the same board.
    const writes = Array.from({ length: 30 }, (_, index) =>
      (index % 2 === 0 ? admin.a : admin.b)
        .post(`/api/boards/${board.id}/tasks`, { title: `Task ${index}` })
        .expect(201),
    );
    await Promise.all(writes);

    for (const { recorder } of [onA, onB]) {
      await recorder.waitForEvents(30, 15_000);
      const seen = seqs(recorder.events);
      const first = seen[0]!;
      expect(seen).toEqual(Array.from({ length: 30 }, (_, index) => first + index));
    }
    expect(onA.recorder.events.map((event) => event.data)).toEqual(
      onB.recorder.events.map((event) => event.data),
    );
  });

  it('takes outsiders off a board that becomes restricted, on both processes', async () => {
    const department = await factory.department();
    const board = await factory.board();
    const insider = await factory.user('member', department.id);
    const outsider = await factory.user('member');
    const outsiderOnA = await watch(outsider, 'a', board.id);
    const outsiderOnB = await watch(outsider, 'b', board.id);
    const insiderOnB = await watch(insider, 'b', board.id);

    // Restricted through process A: process B's outsider leaves the board too.
    await admin.a.patch(`/api/boards/${board.id}`, { departmentIds: [department.id] }).expect(200);
    await outsiderOnA.recorder.waitFor((seen) => seen.revoked.includes(board.id));
    await outsiderOnB.recorder.waitFor((seen) => seen.revoked.includes(board.id));

    await admin.b.post(`/api/boards/${board.id}/tasks`, { title: 'For the department only' }).expect(201);
    await insiderOnB.recorder.waitFor((seen) => seen.events.some((event) => event.type === 'task.created'));
    for (const { recorder } of [outsiderOnA, outsiderOnB]) {
      expect(recorder.events.filter((event) => event.type === 'task.created')).toEqual([]);
    }
  });

  it('shows who is on the board, and what they edit, to the sockets of both processes', async () => {
    const board = await factory.board();
    const task = await factory.task(board.id, { title: 'Shared' });
    const [li, wang] = await Promise.all([factory.user('leader'), factory.user('leader')]);
    const liOnA = await watch(li, 'a', board.id);
    const wangOnB = await watch(wang, 'b', board.id);
    const both = [li.user.id, wang.user.id].sort();
    const viewersSeenBy = (recorder: EventRecorder) =>
      (recorder.presence.at(-1)?.viewers ?? []).map((viewer) => viewer.userId).sort();

    for (const { recorder } of [liOnA, wangOnB]) {
      await recorder.waitFor((seen) => viewersSeenBy(seen).join() === both.join());
    }
    expect(
      await wangOnB.socket.emitWithAck('presence:editing', { boardId: board.id, taskId: task.id }),
    ).toEqual({ ok: true });
    await liOnA.recorder.waitFor((seen) =>
      (seen.presence.at(-1)?.viewers ?? []).some(
        (viewer) => viewer.userId === wang.user.id && viewer.editingTaskId === task.id,
      ),
    );

    // Wang leaves (his socket on B closes): A's sockets see him go.
    wangOnB.socket.close();
    await liOnA.recorder.waitFor((seen) => viewersSeenBy(seen).join() === li.user.id);
  });

  it("reaches a user's notifications on the other process", async () => {
    const department = await factory.department();
    const board = await factory.board();
    const member = await factory.user('member', department.id);
    const memberOnB = await watch(member, 'b', board.id);
    const task = await factory.task(board.id, { title: 'Remind me', leadDepartmentId: department.id });

    // Reminded through process A; the member's socket is on B.
    await admin.a.post(`/api/tasks/${task.id}/reminders`, { message: 'Please report' }).expect(201);
    await memberOnB.recorder.waitFor(() => memberOnB.notifications.length > 0);
    expect(memberOnB.notifications[0]).toMatchObject({ taskId: task.id });
  });
});
