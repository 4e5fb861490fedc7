import type { PresenceViewer, SimpleAck } from '@duban/contracts';
import request from 'supertest';
import type { ApiClient } from '../testing/api-client';
import { connectSocket, EventRecorder, joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';
import { MAX_REFUSALS, SOCKET_MESSAGE_LIMITS } from './socket-rate-limiter';
import { MAX_SOCKETS_PER_USER } from './socket-sessions.service';

describe('Socket abuse is limited', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);
  const { connect } = live;
  const sockets = live.open;

  /** A board with the administrator watching and a leader on it, both joined. */
  async function boardWithTwo() {
    const board = await suite.factory.board();
    const viewer = await connect(suite.admin);
    const leader = await suite.factory.user('leader');
    const leaderLive = await connect(leader);
    expect(await joinBoard(viewer.socket, board.id)).toMatchObject({ ok: true });
    expect(await joinBoard(leaderLive.socket, board.id)).toMatchObject({ ok: true });
    await viewer.recorder.waitFor((seen) => seen.presence.at(-1)?.viewers.length === 2);
    return { board, viewer: viewer.recorder, leader, leaderSocket: leaderLive.socket };
  }

  /** What the user edits in the latest presence the recorder got (undefined: not on the board). */
  const editing = (recorder: EventRecorder, user: ApiClient) =>
    recorder.presence.at(-1)?.viewers.find((viewer: PresenceViewer) => viewer.userId === user.user.id)
      ?.editingTaskId;

  /** Who is on the board in the latest presence the recorder got, by user id. */
  const viewerIds = (recorder: EventRecorder) =>
    (recorder.presence.at(-1)?.viewers ?? []).map((viewer) => viewer.userId).sort();

  /** The attempt's result once it succeeds, trying for up to a second. */
  async function retried<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (tries === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  /** Sends `count` messages at once without waiting, collecting the acks that come back. */
  function flood<T>(count: number, send: (ack: (result: T) => void) => void): T[] {
    const acks: T[] = [];
    for (let index = 0; index < count; index++) send((result) => acks.push(result));
    return acks;
  }

  it('sends a quick run of edit focus changes as few presence messages, ending in the last state', async () => {
    const { board, viewer, leader, leaderSocket } = await boardWithTwo();
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => suite.factory.task(board.id)));
    const before = viewer.presence.length;

    const focus = [first, second, first, third, second, third].map((task) => task?.id ?? null);
    const acks = await Promise.all(
      focus.map((taskId) =>
        leaderSocket.timeout(5000).emitWithAck('presence:editing', { boardId: board.id, taskId }),
      ),
    );
    expect(acks).toEqual(focus.map(() => ({ ok: true })));
    await viewer.waitFor((seen) => editing(seen, leader) === third?.id);
    // Any message still to come would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 400));

    expect(viewer.presence.length - before).toBeLessThanOrEqual(3);
    expect(editing(viewer, leader)).toBe(third?.id);
  });

  it('refuses a flood of 5,000 edit focus changes, cuts the flooder off, and stays responsive', async () => {
    const { board, viewer, leader, leaderSocket } = await boardWithTwo();
    const task = await suite.factory.task(board.id);
    const flooder = new EventRecorder(leaderSocket);
    const before = viewer.presence.length;

    const acks = flood<SimpleAck>(5_000, (ack) =>
      leaderSocket.emit('presence:editing', { boardId: board.id, taskId: task.id }, ack),
    );
    // The server still answers others while the flood is refused (how fast is for the benchmarks:
    // this process also runs the flooding client, so its timing says little).
    await request(suite.testApp.url).get('/api/health').expect(200);
    await flooder.waitForDisconnect(30_000);
    await viewer.waitFor((seen) => editing(seen, leader) === undefined);

    // Accepted edits still looking their task up when the socket was cut off go unanswered.
    const accepted = acks.filter((ack) => ack.ok);
    const refused = acks.filter((ack) => !ack.ok);
    expect(accepted.length).toBeLessThanOrEqual(SOCKET_MESSAGE_LIMITS['presence:editing'].points * 2);
    expect(refused.length).toBeGreaterThanOrEqual(MAX_REFUSALS.points - 1);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(refused.every((ack) => !ack.ok && (ack.error.retryAfterMs ?? 0) > 0)).toBe(true);
    expect(flooder.disconnectReason).toBe('io server disconnect');
    // The viewer saw the flooder edit, then leave: a handful of messages, not one per edit.
    expect(viewer.presence.length - before).toBeLessThanOrEqual(6);
    expect(viewerIds(viewer)).toEqual([suite.admin.user.id]);
  });

  it('refuses 2,000 joins beyond the limit at once, cuts the socket off, and leaves no ghost', async () => {
    const board = await suite.factory.board();
    await Promise.all(Array.from({ length: 20 }, () => suite.factory.task(board.id)));
    const watcher = await suite.factory.user('leader');
    const viewer = await connect(watcher);
    expect(await joinBoard(viewer.socket, board.id)).toMatchObject({ ok: true });
    const { socket, recorder } = await connect(suite.admin);

    const acks = flood<Awaited<ReturnType<typeof joinBoard>>>(2_000, (ack) =>
      socket.emit('board:join', { boardId: board.id, afterSeq: 0 }, ack),
    );
    // Generous: this process also sends the flood, and CI runs other suites beside it on two cores.
    await recorder.waitForDisconnect(30_000);

    // Joins still reading the log when the socket was cut off go unanswered.
    const limit = SOCKET_MESSAGE_LIMITS['board:join'].points;
    expect(acks.filter((ack) => ack.ok).length).toBeLessThanOrEqual(limit);
    expect(acks.filter((ack) => !ack.ok && ack.error.code === 'rate_limited').length).toBeGreaterThan(
      MAX_REFUSALS.points - 1,
    );

    // The joins that were under way when it was cut off do not bring it back as a viewer.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const newcomer = await suite.factory.user('leader');
    expect(await joinBoard((await connect(newcomer)).socket, board.id)).toMatchObject({ ok: true });
    await viewer.recorder.waitFor((seen) => viewerIds(seen).includes(newcomer.user.id));
    expect(viewerIds(viewer.recorder)).toEqual([watcher.user.id, newcomer.user.id].sort());
  });

  it(`refuses a user's socket beyond ${MAX_SOCKETS_PER_USER}, however quickly they come`, async () => {
    const member = await suite.factory.user('member');
    const attempts = await Promise.allSettled(
      Array.from({ length: MAX_SOCKETS_PER_USER + 5 }, () => connectSocket(suite.testApp.url, member.token)),
    );
    for (const attempt of attempts) if (attempt.status === 'fulfilled') sockets.push(attempt.value);

    const refusals = attempts.filter((attempt) => attempt.status === 'rejected');
    expect(sockets).toHaveLength(MAX_SOCKETS_PER_USER);
    expect(refusals).toHaveLength(5);
    expect((refusals[0] as PromiseRejectedResult).reason).toMatchObject({
      message: expect.stringMatching(/^rate_limited: Too many connections/) as unknown,
      data: { code: 'rate_limited' },
    });
    // Someone else is not affected, and a closed tab makes room.
    await connect(await suite.factory.user('member'));
    const closing = sockets.shift();
    const closed = new Promise((resolve) => closing?.once('disconnect', resolve));
    closing?.close();
    await closed;
    // The server hears of the close a moment after the client.
    await retried(() => connect(member));
  });

  it('shares edit focus only on a task of that board', async () => {
    const { board, viewer, leader, leaderSocket } = await boardWithTwo();
    const elsewhere = await suite.factory.task((await suite.factory.board()).id);
    const notFound = {
      ok: false,
      error: {
        code: 'not_found',
        message: 'taskId: no such task on this board',
        details: [{ field: 'taskId', message: 'no such task on this board' }],
      },
    };

    for (const taskId of [elsewhere.id, crypto.randomUUID()]) {
      const ack = await leaderSocket
        .timeout(5000)
        .emitWithAck('presence:editing', { boardId: board.id, taskId });
      expect(ack).toEqual(notFound);
    }
    const own = await suite.factory.task(board.id);
    expect(
      await leaderSocket.timeout(5000).emitWithAck('presence:editing', { boardId: board.id, taskId: own.id }),
    ).toEqual({ ok: true });
    await viewer.waitFor((seen) => editing(seen, leader) === own.id);
    const shown = viewer.presence.flatMap((state) => state.viewers.map((seen) => seen.editingTaskId));
    expect(shown).toContain(own.id);
    expect(shown).not.toContain(elsewhere.id);
  });
});
