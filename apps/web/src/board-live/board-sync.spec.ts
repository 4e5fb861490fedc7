import {
  DEFAULT_BOARD_SETTINGS,
  type BoardEvent,
  type BoardEventsPage,
  type BoardHistoryPage,
  type BoardJoinResult,
  type BoardSnapshot,
  type PresenceViewer,
} from '@duban/contracts';
import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queries';
import type { HistoryPages } from '../board-history/history-cache';
import { NO_HISTORY_FILTERS } from '../board-history/history-filters';
import { anAttachment, aTask, aTaskEvent } from '../testing/factories';
import type { LiveSocket } from '../live/live-socket';
import { GAP_CATCH_UP_LIMIT, syncBoard, type LiveState } from './board-sync';

const BOARD_ID = 'board-1';

/** Stands in for socket.io-client: the test plays the server, emitting events and answering joins. */
class FakeSocket {
  connected = true;
  active = true;
  joins: { afterSeq?: number }[] = [];
  joinAnswer: (afterSeq: number | undefined) => BoardJoinResult = (afterSeq) => ({
    ok: true,
    seq: afterSeq ?? 0,
    missed: [],
  });
  private handlers = new Map<string, ((...args: unknown[]) => void)[]>();

  on(name: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return this;
  }

  off(name: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((known) => known !== handler),
    );
    return this;
  }

  emit(name: string, request: { afterSeq?: number }, ack: (result: BoardJoinResult) => void) {
    if (name === 'board:join') {
      this.joins.push(request);
      ack(this.joinAnswer(request.afterSeq));
    }
    return this;
  }

  serverSends(name: string, payload?: unknown) {
    for (const handler of this.handlers.get(name) ?? []) handler(payload);
  }
}

/** Stands in for `GET /api/boards/:id/events`: records each read, and the test answers it when it likes. */
class FakeEventLog {
  reads: { afterSeq: number; limit: number }[] = [];
  private answers: { resolve: (page: BoardEventsPage) => void; reject: (error: Error) => void }[] = [];

  readEventsAfter = (afterSeq: number, limit: number) => {
    this.reads.push({ afterSeq, limit });
    return new Promise<BoardEventsPage>((resolve, reject) => this.answers.push({ resolve, reject }));
  };

  /** Answers the oldest open read, and lets the client act on the answer. */
  async answer(page: BoardEventsPage) {
    this.answers.shift()?.resolve(page);
    await settled();
  }

  async fail() {
    this.answers.shift()?.reject(new Error('Network error'));
    await settled();
  }
}

const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setUp(seq: number) {
  const queryClient = new QueryClient();
  const task = aTask({ boardId: BOARD_ID });
  const snapshot: BoardSnapshot = {
    board: {
      id: BOARD_ID,
      title: 'Board',
      description: '',
      source: '',
      departmentIds: [],
      settings: DEFAULT_BOARD_SETTINGS,
      seq,
      createdAt: '',
      archivedAt: null,
    },
    tasks: [task],
    seq,
  };
  queryClient.setQueryData(queryKeys.board(BOARD_ID), snapshot);
  const socket = new FakeSocket();
  const states: LiveState[] = [];
  const changed: string[] = [];
  const viewersShown: PresenceViewer[][] = [];
  const invalidate = jest.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  const log = new FakeEventLog();
  const stop = syncBoard({
    socket: socket as unknown as LiveSocket,
    boardId: BOARD_ID,
    queryClient,
    readEventsAfter: log.readEventsAfter,
    onStateChange: (state) => states.push(state),
    onPresence: (presence) => viewersShown.push(presence.viewers),
    onTaskChanged: (taskId) => changed.push(taskId),
  });
  const current = () => queryClient.getQueryData<BoardSnapshot>(queryKeys.board(BOARD_ID))!;
  const boardKey = JSON.stringify(queryKeys.board(BOARD_ID));
  const snapshotReloaded = () =>
    invalidate.mock.calls.some(([filters]) => JSON.stringify(filters?.queryKey) === boardKey);
  return {
    socket,
    log,
    task,
    states,
    changed,
    viewersShown,
    invalidate,
    snapshotReloaded,
    stop,
    current,
    queryClient,
  };
}

const updated = (seq: number, title: string, task = aTask({ boardId: BOARD_ID })): BoardEvent =>
  aTaskEvent('task.updated', { ...task, title }, 'someone', seq);

describe('syncBoard', () => {
  it('joins from the snapshot seq and applies events in order, once each', () => {
    const { socket, task, states, changed, current } = setUp(4);
    expect(socket.joins).toEqual([{ boardId: BOARD_ID, afterSeq: 4 }]);
    expect(states).toEqual(['live']);

    const fifth = updated(5, 'Fifth', task);
    socket.serverSends('board:event', fifth);
    socket.serverSends('board:event', fifth);
    socket.serverSends('board:event', updated(6, 'Sixth', task));

    expect(current().seq).toBe(6);
    expect(current().tasks[0]?.title).toBe('Sixth');
    expect(changed).toEqual([task.id, task.id]);
  });

  it('counts a file on the card and refreshes that task’s open file list when one is added or removed', () => {
    const { socket, task, current, invalidate } = setUp(4);
    const photo = anAttachment({ taskId: task.id, boardId: BOARD_ID });
    const fileEvent = (seq: number, type: 'attachment.added' | 'attachment.removed'): BoardEvent => ({
      boardId: BOARD_ID,
      seq,
      type,
      actorId: 'someone',
      at: '2021-05-03T08:00:00.000Z',
      data: photo,
      changes: [],
    });
    const refreshed = () =>
      invalidate.mock.calls.filter(
        ([filters]) => JSON.stringify(filters?.queryKey) === JSON.stringify(queryKeys.attachments(task.id)),
      ).length;

    socket.serverSends('board:event', fileEvent(5, 'attachment.added'));
    expect(current().tasks[0]?.attachmentCount).toBe(1);
    expect(refreshed()).toBe(1);
    socket.serverSends('board:event', fileEvent(6, 'attachment.removed'));
    expect(current().tasks[0]?.attachmentCount).toBe(0);
    expect(refreshed()).toBe(2);
  });

  it('fills a skipped seq from the event log, through the same reducer, instead of reloading the board', async () => {
    const { socket, log, task, changed, snapshotReloaded, current } = setUp(4);
    socket.serverSends('board:event', updated(7, 'Seventh', task));
    expect(current().seq).toBe(4);
    expect(log.reads).toEqual([{ afterSeq: 4, limit: GAP_CATCH_UP_LIMIT }]);

    await log.answer({
      events: [updated(5, 'Fifth', task), updated(6, 'Sixth', task), updated(7, 'Seventh', task)],
      seq: 7,
    });

    expect(current().seq).toBe(7);
    expect(current().tasks[0]?.title).toBe('Seventh');
    expect(changed).toEqual([task.id, task.id, task.id]);
    expect(snapshotReloaded()).toBe(false);
  });

  it('holds events that arrive while a gap is read, and applies them after it, once each', async () => {
    const { socket, log, task, current } = setUp(4);
    socket.serverSends('board:event', updated(6, 'Sixth', task));
    socket.serverSends('board:event', updated(8, 'Eighth', task));
    socket.serverSends('board:event', updated(7, 'Seventh', task));
    expect(log.reads).toHaveLength(1);

    await log.answer({ events: [updated(5, 'Fifth', task), updated(6, 'Sixth', task)], seq: 6 });

    expect(current().seq).toBe(8);
    expect(current().tasks[0]?.title).toBe('Eighth');
    expect(log.reads).toHaveLength(1);
  });

  it('reloads the snapshot when the gap is larger than one read of the log', async () => {
    const { socket, log, task, snapshotReloaded, current } = setUp(4);
    socket.serverSends('board:event', updated(500, 'Far ahead', task));

    const firstPage = Array.from({ length: GAP_CATCH_UP_LIMIT }, (_, i) =>
      updated(5 + i, `Event ${5 + i}`, task),
    );
    await log.answer({ events: firstPage, seq: 500 });

    expect(snapshotReloaded()).toBe(true);
    expect(current().seq).toBe(4);
  });

  it('reloads the snapshot when the event log cannot be read', async () => {
    const { socket, log, task, snapshotReloaded, current } = setUp(4);
    socket.serverSends('board:event', updated(6, 'Sixth', task));

    await log.fail();

    expect(snapshotReloaded()).toBe(true);
    expect(current().seq).toBe(4);
  });

  it('catches up on reconnect with exactly the missed events', () => {
    const { socket, task, states, current } = setUp(4);
    socket.serverSends('disconnect');
    socket.joinAnswer = () => ({
      ok: true,
      seq: 6,
      missed: [updated(5, 'Missed 1', task), updated(6, 'Missed 2', task)],
    });
    socket.serverSends('connect');

    expect(socket.joins.at(-1)).toEqual({ boardId: BOARD_ID, afterSeq: 4 });
    expect(current().seq).toBe(6);
    expect(current().tasks[0]?.title).toBe('Missed 2');
    expect(states).toEqual(['live', 'connecting', 'live']);
  });

  it('reloads the whole snapshot when the server says resync, without reading the log', () => {
    const { socket, log, snapshotReloaded } = setUp(4);
    socket.joinAnswer = () => ({ ok: true, seq: 2000, resync: true });
    socket.serverSends('connect');
    expect(snapshotReloaded()).toBe(true);
    expect(log.reads).toEqual([]);
  });

  it('puts a live event on top of each open board history it matches, and no other', () => {
    const { socket, task, queryClient } = setUp(4);
    const page = (events: BoardEvent[]): HistoryPages => ({
      pages: [{ events, nextBefore: null } satisfies BoardHistoryPage],
      pageParams: [null],
    });
    const older = updated(4, 'Fourth', task);
    const everything = queryKeys.boardHistory(BOARD_ID, NO_HISTORY_FILTERS);
    const commentsOnly = queryKeys.boardHistory(BOARD_ID, { ...NO_HISTORY_FILTERS, category: 'comments' });
    queryClient.setQueryData(everything, page([older]));
    queryClient.setQueryData(commentsOnly, page([]));

    socket.serverSends('board:event', updated(5, 'Fifth', task));

    const seqs = (key: readonly unknown[]) =>
      queryClient.getQueryData<HistoryPages>(key)?.pages[0]?.events.map((event) => event.seq);
    expect(seqs(everything)).toEqual([5, 4]);
    expect(seqs(commentsOnly)).toEqual([]);
  });

  it('drops the board and loads it again when the server says the user may no longer see it', () => {
    const { socket, queryClient } = setUp(4);
    const reset = jest.spyOn(queryClient, 'resetQueries').mockResolvedValue();

    socket.serverSends('board:revoked', { boardId: 'another-board' });
    expect(reset).not.toHaveBeenCalled();
    socket.serverSends('board:revoked', { boardId: BOARD_ID });

    expect(reset).toHaveBeenCalledWith({ queryKey: queryKeys.board(BOARD_ID) });
  });

  it('shows the whole presence the join brings, then folds each delta into it', () => {
    const { socket, viewersShown } = setUp(4);
    const viewer = (userId: string, taskId: string | null = null): PresenceViewer => ({
      userId,
      displayName: userId,
      task: taskId === null ? null : { taskId, activity: 'editing' },
      editingTaskId: taskId,
    });
    const shownIds = () => viewersShown.at(-1)?.map((shown) => shown.userId);

    socket.serverSends('presence', { boardId: BOARD_ID, viewers: [viewer('li'), viewer('wang')] });
    expect(shownIds()).toEqual(['li', 'wang']);

    socket.serverSends('presence:delta', { boardId: BOARD_ID, viewers: [viewer('zhao')], left: ['li'] });
    expect(shownIds()).toEqual(['wang', 'zhao']);

    // An entry that changed replaces the user's; one repeated changes nothing.
    socket.serverSends('presence:delta', {
      boardId: BOARD_ID,
      viewers: [viewer('wang', 'task-1'), viewer('zhao')],
      left: [],
    });
    expect(viewersShown.at(-1)).toEqual([viewer('wang', 'task-1'), viewer('zhao')]);

    // Another board's presence is not this board's.
    socket.serverSends('presence:delta', { boardId: 'another-board', viewers: [], left: ['wang'] });
    expect(shownIds()).toEqual(['wang', 'zhao']);

    // A whole state (after a rejoin) replaces what was folded.
    socket.serverSends('presence', { boardId: BOARD_ID, viewers: [viewer('li')] });
    expect(shownIds()).toEqual(['li']);
  });

  it('stops listening when stopped', () => {
    const { socket, task, stop, current } = setUp(4);
    stop();
    socket.serverSends('board:event', updated(5, 'After stop', task));
    expect(current().seq).toBe(4);
  });

  it('ignores a read of the log that ends after it was stopped', async () => {
    const { socket, log, task, stop, snapshotReloaded, current } = setUp(4);
    socket.serverSends('board:event', updated(6, 'Sixth', task));
    stop();

    await log.answer({ events: [updated(5, 'Fifth', task), updated(6, 'Sixth', task)], seq: 6 });

    expect(current().seq).toBe(4);
    expect(snapshotReloaded()).toBe(false);
  });
});
