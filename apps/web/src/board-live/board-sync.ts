import {
  applyPresenceDelta,
  taskIdOf,
  type BoardEvent,
  type BoardEventsPage,
  type BoardJoinRequest,
  type BoardJoinResult,
  type BoardSnapshot,
  type CommentView,
  type InstructionAnsweredData,
  type PresenceDelta,
  type PresenceState,
} from '@duban/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queries';
import { addToBoardHistories, refetchBoardHistories } from '../board-history/history-cache';
import { applyBoardEvent } from './board-events';
import type { LiveSocket } from '../live/live-socket';

/** Events that can change who still owes a progress report this period. */
const AFFECTS_REPORTING = new Set<BoardEvent['type']>([
  'report.created',
  'task.created',
  'task.updated',
  'task.deleted',
  'task.verified',
  // A reopened task owes its reports again.
  'task.reopened',
  // The reporting cadence is a board setting.
  'board.updated',
]);

export type LiveState = 'connecting' | 'live' | 'offline';

export interface BoardSyncCallbacks {
  onStateChange: (state: LiveState) => void;
  /** Who is on the board now: after the whole state the join brings, and after every delta. */
  onPresence: (state: PresenceState) => void;
  /** A task changed through an applied event (to highlight its card briefly). */
  onTaskChanged: (taskId: string, event: BoardEvent) => void;
}

/** The most events a gap is caught up with from the log; a larger gap loads the snapshot again. */
export const GAP_CATCH_UP_LIMIT = 100;

interface BoardSyncOptions extends BoardSyncCallbacks {
  socket: LiveSocket;
  boardId: string;
  queryClient: QueryClient;
  /** `GET /api/boards/:boardId/events?after=&limit=`: the board's events after a seq, oldest first. */
  readEventsAfter: (afterSeq: number, limit: number) => Promise<BoardEventsPage>;
}

/**
 * Keeps the cached snapshot of one board (and open comment threads, task and board histories) current
 * from its `board:event`s, in seq order: duplicates are ignored and a gap is filled from the event log
 * (the snapshot is loaded again only when the gap is too large or the log cannot be read). On every
 * (re)connect it joins with the last seq applied, so the server sends exactly what was missed, or asks
 * for a resync. Returns a function that stops listening.
 */
export function syncBoard(options: BoardSyncOptions): () => void {
  const { socket, boardId, queryClient, onStateChange } = options;
  const key = queryKeys.board(boardId);
  let stopped = false;
  /** Set while a gap is read from the log; events arriving meanwhile wait here for it. */
  let waitingForGap: BoardEvent[] | undefined;

  const reloadSnapshot = () => {
    // Reuse a refetch already in flight rather than restarting it on every event of a burst.
    void queryClient.invalidateQueries({ queryKey: key }, { cancelRefetch: false });
    refetchBoardHistories(queryClient, boardId);
  };

  const catchUp = async (afterSeq: number, early: BoardEvent) => {
    const waiting = [early];
    waitingForGap = waiting;
    let page: BoardEventsPage | undefined;
    try {
      page = await options.readEventsAfter(afterSeq, GAP_CATCH_UP_LIMIT);
    } catch {
      page = undefined;
    }
    waitingForGap = undefined;
    if (stopped) return;
    const lastRead = page?.events.at(-1)?.seq ?? afterSeq;
    // More missed than one read brings (or a log that does not reach the early event): load it all again.
    if (!page || lastRead < page.seq || lastRead < early.seq) {
      reloadSnapshot();
      return;
    }
    for (const event of [...page.events, ...waiting.sort((a, b) => a.seq - b.seq)]) apply(event);
  };

  const apply = (event: BoardEvent): void => {
    if (waitingForGap) {
      if (event.boardId === boardId) waitingForGap.push(event);
      return;
    }
    const snapshot = queryClient.getQueryData<BoardSnapshot>(key);
    if (event.boardId !== boardId || !snapshot) return;
    const result = applyBoardEvent(snapshot, event);
    if (result.kind === 'gap') void catchUp(snapshot.seq, event);
    if (result.kind !== 'applied') return;
    queryClient.setQueryData(key, result.snapshot);
    updateTaskCaches(queryClient, event);
    addToBoardHistories(queryClient, event);
    if (event.type === 'report.created') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports(event.data.taskId) });
    }
    if (event.type === 'attachment.added' || event.type === 'attachment.removed') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.attachments(event.data.taskId) });
    }
    if (AFFECTS_REPORTING.has(event.type)) {
      void queryClient.invalidateQueries(
        { queryKey: queryKeys.reporting(boardId) },
        { cancelRefetch: false },
      );
    }
    const taskId = taskIdOf(event);
    if (taskId !== null) options.onTaskChanged(taskId, event);
  };

  const onJoined = (result: BoardJoinResult) => {
    if (!result.ok) {
      onStateChange('offline');
      return;
    }
    onStateChange('live');
    if ('resync' in result) reloadSnapshot();
    else result.missed.forEach(apply);
  };

  const join = () => {
    const afterSeq = queryClient.getQueryData<BoardSnapshot>(key)?.seq;
    const request: BoardJoinRequest = afterSeq === undefined ? { boardId } : { boardId, afterSeq };
    socket.emit('board:join', request, onJoined);
  };

  const onDisconnect = () => onStateChange(socket.active ? 'connecting' : 'offline');
  const onConnectError = () => onStateChange('offline');
  /** The board's viewers as last told: replaced by a whole `presence`, changed by a `presence:delta`. */
  let presence: PresenceState = { boardId, viewers: [] };
  const onPresence = (state: PresenceState) => {
    if (state.boardId !== boardId) return;
    presence = state;
    options.onPresence(presence);
  };
  const onPresenceDelta = (delta: PresenceDelta) => {
    if (delta.boardId !== boardId) return;
    presence = { boardId, viewers: applyPresenceDelta(presence.viewers, delta) };
    options.onPresence(presence);
  };
  // The board was restricted to departments the user is not in: load it again, which now says so.
  const onRevoked = (notice: { boardId: string }) => {
    if (notice.boardId !== boardId) return;
    void queryClient.resetQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: queryKeys.boards, exact: true });
  };

  socket.on('connect', join);
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  socket.on('board:event', apply);
  socket.on('presence', onPresence);
  socket.on('presence:delta', onPresenceDelta);
  socket.on('board:revoked', onRevoked);
  if (socket.connected) join();

  return () => {
    stopped = true;
    socket.off('connect', join);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
    socket.off('board:event', apply);
    socket.off('presence', onPresence);
    socket.off('presence:delta', onPresenceDelta);
    socket.off('board:revoked', onRevoked);
  };
}

/** Comment threads and task histories that are open get the event too; closed ones load fresh. */
function updateTaskCaches(queryClient: QueryClient, event: BoardEvent): void {
  const taskId = taskIdOf(event);
  if (taskId === null) return;
  queryClient.setQueryData<BoardEvent[]>(queryKeys.history(taskId), (history) =>
    history && !history.some((known) => known.seq === event.seq) ? [...history, event] : history,
  );
  if (event.type === 'task.deleted') return;
  const upserted =
    event.type === 'comment.created' || event.type === 'comment.updated' || event.type === 'instruction.given'
      ? [event.data]
      : event.type === 'instruction.answered'
        ? [withoutInstruction(event.data), event.data.instruction]
        : [];
  if (upserted.length > 0) {
    const ids = new Set(upserted.map((comment) => comment.id));
    queryClient.setQueryData<CommentView[]>(queryKeys.comments(taskId), (comments) =>
      comments
        ? [...comments.filter((known) => !ids.has(known.id)), ...upserted].sort(byCreatedAt)
        : comments,
    );
  }
  if (event.type === 'comment.deleted') {
    queryClient.setQueryData<CommentView[]>(queryKeys.comments(taskId), (comments) =>
      comments?.filter((known) => known.id !== event.data.id),
    );
  }
}

/** The reply of an `instruction.answered` event, as the comments list holds it. */
function withoutInstruction({ instruction: _instruction, ...reply }: InstructionAnsweredData): CommentView {
  return reply;
}

function byCreatedAt(a: CommentView, b: CommentView): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}
