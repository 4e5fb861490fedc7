import type { PresenceViewer } from '@duban/contracts';
import type { ApiClient } from '../testing/api-client';
import { connectSocket, EventRecorder, joinBoard, type ClientSocket } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

describe('Presence: viewing a task, then editing it', () => {
  const suite = useTestApp();
  const { connect } = useLiveSockets(suite);

  it('shows a task opened as viewed, edited only once a field changes, and viewed again once saved', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    const leader = await suite.factory.user('leader');
    const { socket: adminSocket, recorder: watcher } = await connect(suite.admin);
    await joinBoard(adminSocket, board.id);
    const { socket: leaderSocket } = await connect(leader);
    await joinBoard(leaderSocket, board.id);
    const leaderSeen = () =>
      watcher.presence.at(-1)?.viewers.find((viewer: PresenceViewer) => viewer.userId === leader.user.id);
    const announce = (activity: 'viewing' | 'editing', taskId: string | null = task.id) =>
      leaderSocket.timeout(5000).emitWithAck('presence:editing', { boardId: board.id, taskId, activity });

    expect(await announce('viewing')).toEqual({ ok: true });
    await watcher.waitFor(() => leaderSeen()?.task?.activity === 'viewing');
    expect(leaderSeen()).toMatchObject({
      task: { taskId: task.id, activity: 'viewing' },
      editingTaskId: null,
    });

    expect(await announce('editing')).toEqual({ ok: true });
    await watcher.waitFor(() => leaderSeen()?.task?.activity === 'editing');
    expect(leaderSeen()).toMatchObject({
      task: { taskId: task.id, activity: 'editing' },
      editingTaskId: task.id,
    });

    expect(await announce('viewing')).toEqual({ ok: true });
    await watcher.waitFor(() => leaderSeen()?.task?.activity === 'viewing');

    expect(await announce('viewing', null)).toEqual({ ok: true });
    await watcher.waitFor(() => leaderSeen()?.task === null);
    expect(leaderSeen()).toMatchObject({ task: null, editingTaskId: null });
  });

  it('refuses an unknown activity, naming the field', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    const { socket } = await connect(suite.admin);
    await joinBoard(socket, board.id);

    const answer = await socket
      .timeout(5000)
      .emitWithAck('presence:editing', { boardId: board.id, taskId: task.id, activity: 'typing' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: [expect.objectContaining({ field: 'activity' })] },
    });
  });
});

describe('Presence by protocol version: whole states for version 1, one whole state then deltas for version 2', () => {
  const suite = useTestApp();
  const { connect, open } = useLiveSockets(suite);

  /** A socket that speaks protocol version 1 (an older client), closed after the test like the others. */
  async function connectVersion1(
    client: ApiClient,
  ): Promise<{ socket: ClientSocket; recorder: EventRecorder }> {
    const socket = await connectSocket(suite.testApp.url, client.token, 1);
    open.push(socket);
    return { socket, recorder: new EventRecorder(socket) };
  }

  /** Who the recorder's client shows on the board now, by user id. */
  const shown = (recorder: EventRecorder) =>
    (recorder.presence.at(-1)?.viewers ?? []).map((viewer) => viewer.userId).sort();
  const ids = (...clients: ApiClient[]) => clients.map((client) => client.user.id).sort();

  it('sends a version 2 socket the whole presence on join, then only what changes, as a version 1 socket sees it whole', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id);
    const [li, wang] = await Promise.all([suite.factory.user('leader'), suite.factory.user('leader')]);
    const { socket: liSocket } = await connect(li);
    await joinBoard(liSocket, board.id);

    const { socket: adminSocket, recorder: current } = await connect(suite.admin);
    const { socket: oldSocket, recorder: old } = await connectVersion1(wang);
    await joinBoard(adminSocket, board.id);
    await joinBoard(oldSocket, board.id);
    for (const recorder of [current, old]) {
      await recorder.waitFor((seen) => shown(seen).join() === ids(li, suite.admin, wang).join());
    }
    // The version 2 socket's first presence message is a whole state: Li was there before it came.
    expect(current.presenceMessages[0]).toMatchObject({
      event: 'presence',
      state: {
        boardId: board.id,
        viewers: expect.arrayContaining([expect.objectContaining({ userId: li.user.id })]),
      },
    });

    // Li edits: the delta names Li alone, whole.
    await liSocket.timeout(5000).emitWithAck('presence:editing', { boardId: board.id, taskId: task.id });
    const liEditing = (viewer: PresenceViewer) =>
      viewer.userId === li.user.id && viewer.editingTaskId === task.id;
    for (const recorder of [current, old]) {
      await recorder.waitFor((seen) => Boolean(seen.presence.at(-1)?.viewers.some(liEditing)));
    }
    expect(current.presenceMessages.at(-1)).toEqual({
      event: 'presence:delta',
      delta: {
        boardId: board.id,
        viewers: [
          {
            userId: li.user.id,
            displayName: li.user.displayName,
            task: { taskId: task.id, activity: 'editing' },
            editingTaskId: task.id,
          },
        ],
        left: [],
      },
    });

    // Li leaves the board, then the version 1 socket disconnects: each goes out as `left`.
    await liSocket.timeout(5000).emitWithAck('board:leave', { boardId: board.id });
    await current.waitFor((seen) => shown(seen).join() === ids(suite.admin, wang).join());
    expect(current.presenceMessages.at(-1)).toEqual({
      event: 'presence:delta',
      delta: { boardId: board.id, viewers: [], left: [li.user.id] },
    });
    await old.waitFor((seen) => shown(seen).join() === ids(suite.admin, wang).join());
    oldSocket.disconnect();
    await current.waitFor((seen) => shown(seen).join() === ids(suite.admin).join());
    expect(current.presenceMessages.at(-1)).toEqual({
      event: 'presence:delta',
      delta: { boardId: board.id, viewers: [], left: [wang.user.id] },
    });

    // One whole state, deltas after it; the version 1 socket got nothing but whole states.
    expect(current.presenceMessages.slice(1).map((message) => message.event)).not.toContain('presence');
    expect(new Set(old.presenceMessages.map((message) => message.event))).toEqual(new Set(['presence']));
  });

  it('leaves a version 2 client, folding deltas, with the server’s whole presence after a run of joins, edits and leaves', async () => {
    const board = await suite.factory.board();
    const tasks = await Promise.all([suite.factory.task(board.id), suite.factory.task(board.id)]);
    const users = await Promise.all(Array.from({ length: 6 }, () => suite.factory.user('leader')));
    const { socket: oldSocket, recorder: whole } = await connectVersion1(suite.admin);
    await joinBoard(oldSocket, board.id);
    const sockets = await Promise.all(users.map((user) => connect(user)));
    const { socket: watcherSocket, recorder: folded } = await connect(suite.admin);
    await joinBoard(watcherSocket, board.id);

    // Quicker than the coalescing interval: users come, open tasks and go (some before a flush names them),
    // and a version 2 socket joins in the middle of it, greeted with a state older than the changes.
    const late: { recorder: EventRecorder }[] = [];
    await Promise.all(
      sockets.map(async ({ socket }, index) => {
        await joinBoard(socket, board.id);
        const taskId = tasks[index % 2]!.id;
        await socket
          .timeout(5000)
          .emitWithAck('presence:editing', { boardId: board.id, taskId, activity: 'viewing' });
        if (index === 2) {
          const joining = await connect(users[index]!);
          await joinBoard(joining.socket, board.id);
          late.push(joining);
        }
        if (index % 3 === 0) await socket.timeout(5000).emitWithAck('board:leave', { boardId: board.id });
        else if (index % 3 === 1) socket.disconnect();
        else
          await socket
            .timeout(5000)
            .emitWithAck('presence:editing', { boardId: board.id, taskId, activity: 'editing' });
      }),
    );

    // Left: the admin (on two sockets, one entry), user 2 (editing; still there on a second socket too)
    // and user 5 (editing).
    const entry = (client: ApiClient, taskId: string | null): PresenceViewer => ({
      userId: client.user.id,
      displayName: client.user.displayName,
      task: taskId === null ? null : { taskId, activity: 'editing' },
      editingTaskId: taskId,
    });
    const expected = JSON.stringify(
      byUser([entry(suite.admin, null), entry(users[2]!, tasks[0].id), entry(users[5]!, tasks[1].id)]),
    );
    const showsExpected = (seen: EventRecorder) =>
      JSON.stringify(byUser(seen.presence.at(-1)?.viewers ?? [])) === expected;
    await whole.waitFor(showsExpected);
    await folded.waitFor(showsExpected);
    await late[0]!.recorder.waitFor(showsExpected);
    expect(byUser(folded.presence.at(-1)?.viewers ?? [])).toEqual(
      byUser(whole.presence.at(-1)?.viewers ?? []),
    );
  });
});

const byUser = (viewers: PresenceViewer[]) => [...viewers].sort((a, b) => a.userId.localeCompare(b.userId));
