import { ANY_BOARD, type StatsChangedNotice } from '@duban/contracts';
import type { ApiClient } from '../testing/api-client';
import { joinBoard, type ClientSocket } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** The `stats:changed` notices a socket receives, and a wait for one. */
class NoticeRecorder {
  readonly notices: StatsChangedNotice[] = [];
  private waiters: (() => void)[] = [];

  constructor(socket: ClientSocket) {
    socket.on('stats:changed', (notice) => {
      this.notices.push(notice);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  of(boardId: string): StatsChangedNotice[] {
    return this.notices.filter((notice) => notice.boardId === boardId);
  }

  async waitFor(boardId: string, seq: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.of(boardId).some((notice) => notice.seq >= seq)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`No notice of board ${boardId} at seq ${seq}: ${JSON.stringify(this.notices)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

describe('Dashboard watch: stats:changed for the boards the user may see', () => {
  const suite = useTestApp();
  const { connect } = useLiveSockets(suite);

  async function watching(client: ApiClient) {
    const { socket, recorder } = await connect(client);
    const notices = new NoticeRecorder(socket);
    expect(await socket.timeout(5000).emitWithAck('dashboard:watch', {})).toEqual({ ok: true });
    return { socket, recorder, notices };
  }

  /**
   * Proves a socket was not sent a notice of a change: a supervisor's watching socket (who sees every
   * board) gets the change's notice, which goes out to every audience in one broadcast; a round trip on
   * the socket after that would come back behind a notice sent to it.
   */
  async function nothingFor(socket: ClientSocket, witness: NoticeRecorder, boardId: string, seq: number) {
    await witness.waitFor(boardId, seq);
    await socket.timeout(5000).emitWithAck('board:leave', { boardId });
  }

  it('tells a watching leader about changes on visible boards, new ones included, without putting them on the board', async () => {
    const board = await suite.factory.board();
    const leader = await suite.factory.user('leader');
    const { socket: adminSocket, recorder: onBoard } = await connect(suite.admin);
    expect(await joinBoard(adminSocket, board.id)).toMatchObject({ ok: true, seq: 1 });
    const { recorder, notices } = await watching(leader);

    const task = await suite.factory.task(board.id);
    await notices.waitFor(board.id, 2);
    await suite.admin.patch(`/api/tasks/${task.id}`, { progress: 40, version: 1 }).expect(200);
    await notices.waitFor(board.id, 3);
    const later = await suite.factory.board();
    await notices.waitFor(later.id, 1);

    expect(notices.of(board.id).at(-1)).toEqual({ boardId: board.id, seq: 3 });
    expect(notices.of(later.id)).toEqual([{ boardId: later.id, seq: 1 }]);
    // A watcher is on no board: no board events, and never in the board's presence.
    await onBoard.waitForEvents(2);
    expect(recorder.events).toEqual([]);
    const viewers = onBoard.presence.flatMap((state) => state.viewers.map((viewer) => viewer.userId));
    expect(viewers).not.toContain(leader.user.id);
    expect(viewers).toContain(suite.admin.user.id);
  });

  it("tells a member nothing of a board restricted to another department, and all of their own department's", async () => {
    const [mine, other] = [await suite.factory.department(), await suite.factory.department()];
    const ours = await suite.factory.board({ departmentIds: [mine.id] });
    const theirs = await suite.factory.board({ departmentIds: [other.id] });
    const { notices: witness } = await watching(await suite.factory.user('supervisor'));
    const { socket, notices } = await watching(await suite.factory.user('member', mine.id));

    await suite.factory.task(theirs.id);
    await nothingFor(socket, witness, theirs.id, 2);
    await suite.factory.task(ours.id);
    await notices.waitFor(ours.id, 2);

    expect(notices.of(theirs.id)).toEqual([]);
    expect(notices.of(ours.id)).toEqual([{ boardId: ours.id, seq: 2 }]);
  });

  it('stops after unwatch', async () => {
    const board = await suite.factory.board();
    const { notices: witness } = await watching(suite.admin);
    const { socket, notices } = await watching(await suite.factory.user('leader'));
    await suite.factory.task(board.id);
    await notices.waitFor(board.id, 2);

    expect(await socket.timeout(5000).emitWithAck('dashboard:unwatch', {})).toEqual({ ok: true });
    await suite.factory.task(board.id);
    await nothingFor(socket, witness, board.id, 3);

    expect(notices.of(board.id)).toEqual([{ boardId: board.id, seq: 2 }]);
  });

  it('drops a board restricted away from the watcher (board:revoked once), and follows a department change', async () => {
    const [mine, other] = [await suite.factory.department(), await suite.factory.department()];
    const board = await suite.factory.board();
    const { notices: witness } = await watching(suite.admin);
    const member = await suite.factory.user('member', mine.id);
    const { socket, recorder, notices } = await watching(member);
    await suite.factory.task(board.id);
    await notices.waitFor(board.id, 2);

    await suite.admin.patch(`/api/boards/${board.id}`, { departmentIds: [other.id] }).expect(200);
    await recorder.waitFor((seen) => seen.revoked.length > 0);
    await suite.factory.task(board.id);
    await nothingFor(socket, witness, board.id, 4);
    expect(notices.of(board.id)).toEqual([{ boardId: board.id, seq: 2 }]);
    expect(recorder.revoked).toEqual([board.id]);

    // Moved into the department the board is restricted to: the same watch now covers it.
    await suite.admin.patch(`/api/users/${member.user.id}`, { departmentId: other.id }).expect(200);
    // Which boards the member sees changed: refetch everything.
    await notices.waitFor(ANY_BOARD, -1);
    await suite.factory.task(board.id);
    await notices.waitFor(board.id, 5);
    expect(notices.of(board.id).at(-1)).toEqual({ boardId: board.id, seq: 5 });
    expect(notices.of(ANY_BOARD)).toEqual([{ boardId: ANY_BOARD, seq: -1 }]);
  });

  it('moves a leader demoted to member out of the boards of other departments, and says so', async () => {
    const [mine, other] = [await suite.factory.department(), await suite.factory.department()];
    const theirs = await suite.factory.board({ departmentIds: [other.id] });
    const { notices: witness } = await watching(suite.admin);
    const leader = await suite.factory.user('leader', mine.id);
    const { socket, notices } = await watching(leader);
    await suite.factory.task(theirs.id);
    await notices.waitFor(theirs.id, 2);

    await suite.admin.patch(`/api/users/${leader.user.id}`, { role: 'member' }).expect(200);
    await notices.waitFor(ANY_BOARD, -1);
    await suite.factory.task(theirs.id);
    await nothingFor(socket, witness, theirs.id, 3);

    expect(notices.of(theirs.id)).toEqual([{ boardId: theirs.id, seq: 2 }]);
  });

  it('sends a burst of 50 changes as a few notices, the last with the last seq', async () => {
    const board = await suite.factory.board();
    const { notices } = await watching(await suite.factory.user('leader'));

    await Promise.all(
      Array.from({ length: 50 }, (_, index) => suite.factory.task(board.id, { title: `Burst ${index}` })),
    );
    await notices.waitFor(board.id, 51);

    const seqs = notices.of(board.id).map((notice) => notice.seq);
    console.log(`50 changes on one board: ${seqs.length} stats:changed notices (${seqs.join(', ')})`);
    expect(seqs.length).toBeLessThan(25);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.at(-1)).toBe(51);
  });
});
