import type { BoardEvent, BoardJoinResult, TaskView } from '@duban/contracts';
import { connectSocket, joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

describe('Realtime board events', () => {
  const suite = useTestApp();
  const { connect } = useLiveSockets(suite);

  it('refuses a connection without a token or with a bad one', async () => {
    await expect(connectSocket(suite.testApp.url, undefined)).rejects.toThrow(/unauthenticated/);
    await expect(connectSocket(suite.testApp.url, 'forged.token.value')).rejects.toThrow(/unauthenticated/);
  });

  it('delivers every change to two clients in order with gapless seqs', async () => {
    const department = await suite.factory.department();
    const board = await suite.factory.board();
    const member = await suite.factory.user('member', department.id);
    const { socket: watcherSocket, recorder: watcher } = await connect(await suite.factory.user('leader'));
    const { socket: memberSocket, recorder: memberEvents } = await connect(member);
    // Creating the board was its first change (seq 1).
    expect(await joinBoard(watcherSocket, board.id)).toEqual({ ok: true, seq: 1, missed: [] });
    expect(await joinBoard(memberSocket, board.id)).toEqual({ ok: true, seq: 1, missed: [] });

    const task = await suite.factory.task(board.id, { leadDepartmentId: department.id });
    await member.patch(`/api/tasks/${task.id}`, { progress: 50, version: 1 }).expect(200);
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 3 })
      .expect(200);
    const comment = await member.post(`/api/tasks/${task.id}/comments`, { body: 'Started' }).expect(201);
    await member.patch(`/api/comments/${comment.body.id}`, { body: 'Started on site' }).expect(200);
    await member.delete(`/api/comments/${comment.body.id}`).expect(204);
    await Promise.all(
      Array.from({ length: 10 }, (_, index) => suite.factory.task(board.id, { title: `Parallel ${index}` })),
    );
    await suite.admin.delete(`/api/tasks/${task.id}?version=4`).expect(204);

    const expectedCount = 18;
    await watcher.waitForEvents(expectedCount);
    await memberEvents.waitForEvents(expectedCount);
    for (const recorder of [watcher, memberEvents]) {
      expect(recorder.events.map((event) => event.seq)).toEqual(range(2, expectedCount + 1));
    }
    expect(watcher.events).toEqual(memberEvents.events);
    expect(watcher.events.slice(0, 7).map((event) => event.type)).toEqual([
      'task.created',
      'task.updated',
      'task.acknowledged',
      'task.moved',
      'comment.created',
      'comment.updated',
      'comment.deleted',
    ]);
    expect(watcher.events.at(-1)).toMatchObject({
      type: 'task.deleted',
      data: { id: task.id },
      actorId: suite.admin.user.id,
    });
    expect((watcher.events[3]?.data as TaskView).status).toBe('in_progress');
  });

  it('returns exactly what a rejoining client missed', async () => {
    const board = await suite.factory.board();
    const { socket, recorder } = await connect(suite.admin);
    await joinBoard(socket, board.id);
    const task = await suite.factory.task(board.id);
    await recorder.waitForEvents(1);
    socket.disconnect();

    await suite.admin.patch(`/api/tasks/${task.id}`, { title: 'Changed while away', version: 1 }).expect(200);
    await suite.admin.post(`/api/tasks/${task.id}/comments`, { body: 'Noted' }).expect(201);
    await suite.factory.task(board.id);

    const { socket: again } = await connect(suite.admin);
    const result = await joinBoard(again, board.id, 2);
    expect(result).toMatchObject({ ok: true, seq: 5 });
    const missed = (result as Extract<BoardJoinResult, { missed: BoardEvent[] }>).missed;
    expect(missed.map((event) => [event.seq, event.type])).toEqual([
      [3, 'task.updated'],
      [4, 'comment.created'],
      [5, 'task.created'],
    ]);
    const page = await suite.admin.get(`/api/boards/${board.id}/events?after=2`).expect(200);
    expect(page.body).toEqual({ events: missed, seq: 5 });
  });

  it('asks a client for a full resync when its seq is not from this board history', async () => {
    const board = await suite.factory.board();
    await suite.factory.task(board.id);
    const { socket } = await connect(suite.admin);
    expect(await joinBoard(socket, board.id, 99)).toEqual({ ok: true, seq: 2, resync: true });
  });

  it('keeps users out of boards restricted to other departments', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const board = await suite.factory.board({ departmentIds: [inside.id] });
    const outsider = await suite.factory.user('member', outside.id);
    const insider = await suite.factory.user('member', inside.id);
    const { socket: outsiderSocket, recorder: outsiderEvents } = await connect(outsider);
    const { socket: insiderSocket, recorder: insiderEvents } = await connect(insider);

    expect(await joinBoard(outsiderSocket, board.id)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Board not found' },
    });
    expect(await joinBoard(insiderSocket, board.id)).toMatchObject({ ok: true });
    await suite.factory.task(board.id);
    await insiderEvents.waitForEvents(1);

    expect(outsiderEvents.events).toEqual([]);
    expect(outsiderEvents.presence).toEqual([]);
  });

  it('takes users out of a board the moment it is restricted to other departments', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const board = await suite.factory.board();
    const leaving = await suite.factory.user('member', outside.id);
    const staying = await suite.factory.user('member', inside.id);
    const { socket: leavingSocket, recorder: leavingEvents } = await connect(leaving);
    const revoked: { boardId: string }[] = [];
    leavingSocket.on('board:revoked', (notice) => revoked.push(notice));
    const { socket: stayingSocket, recorder: stayingEvents } = await connect(staying);
    await joinBoard(leavingSocket, board.id);
    await joinBoard(stayingSocket, board.id);
    await stayingEvents.waitFor((recorder) => recorder.presence.some((state) => state.viewers.length === 2));

    await suite.admin.patch(`/api/boards/${board.id}`, { departmentIds: [inside.id] }).expect(200);
    await suite.factory.task(board.id, { title: 'Only for the inside' });

    await stayingEvents.waitForEvents(2);
    expect(stayingEvents.events.map((event) => event.type)).toEqual(['board.updated', 'task.created']);
    await stayingEvents.waitFor((recorder) => recorder.presence.at(-1)?.viewers.length === 1);
    expect(revoked).toEqual([{ boardId: board.id }]);
    expect(leavingEvents.events).toEqual([]);
    await leaving.get(`/api/boards/${board.id}`).expect(404);
  });

  it('answers a malformed join with a validation error', async () => {
    const { socket } = await connect(suite.admin);
    const result = await socket.timeout(5000).emitWithAck('board:join', { boardId: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/boardId/);
  });

  it('tells everyone on the board who is viewing and editing, until they leave', async () => {
    const board = await suite.factory.board();
    const leader = await suite.factory.user('leader');
    const { socket: adminSocket, recorder: adminEvents } = await connect(suite.admin);
    await joinBoard(adminSocket, board.id);
    const { socket: leaderSocket } = await connect(leader);
    await joinBoard(leaderSocket, board.id);

    await adminEvents.waitFor((recorder) => recorder.presence.at(-1)?.viewers.length === 2);
    const task = await suite.factory.task(board.id);
    await leaderSocket.timeout(5000).emitWithAck('presence:editing', { boardId: board.id, taskId: task.id });
    await adminEvents.waitFor((recorder) =>
      Boolean(recorder.presence.at(-1)?.viewers.some((viewer) => viewer.editingTaskId === task.id)),
    );
    expect(adminEvents.presence.at(-1)?.viewers).toEqual(
      expect.arrayContaining([
        {
          userId: suite.admin.user.id,
          displayName: suite.admin.user.displayName,
          task: null,
          editingTaskId: null,
        },
        {
          userId: leader.user.id,
          displayName: leader.user.displayName,
          // A message without an activity (as clients sent before "viewing") still means editing.
          task: { taskId: task.id, activity: 'editing' },
          editingTaskId: task.id,
        },
      ]),
    );

    leaderSocket.disconnect();
    await adminEvents.waitFor((recorder) => recorder.presence.at(-1)?.viewers.length === 1);
    expect(adminEvents.presence.at(-1)?.viewers.map((viewer) => viewer.userId)).toEqual([
      suite.admin.user.id,
    ]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
