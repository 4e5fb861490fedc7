import type { PresenceViewer } from '@duban/contracts';
import { joinBoard } from '../testing/socket-client';
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
