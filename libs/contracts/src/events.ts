import type { FieldChange } from './audit';
import type { BoardView } from './boards';
import type { CommentView } from './comments';
import type { ReminderView } from './reminders';
import type { ReportCreatedData } from './reports';
import type { TaskView } from './tasks';

interface BoardEventOf<TType extends string, TData> {
  boardId: string;
  /** Per board, gapless and increasing; taken in the transaction that made the change. */
  seq: number;
  type: TType;
  /** Who made the change; null when the system did (the scheduler's lights, automatic reminders). */
  actorId: string | null;
  /** ISO timestamp of the change. */
  at: string;
  data: TData;
  /**
   * Field-level before/after of what the change did (see `fieldChanges`). Empty for a reorder, and for
   * events recorded before the log kept changes.
   */
  changes: FieldChange[];
}

/** Everything that changes a board, as stored in board_events and sent as `board:event`. */
export type BoardEvent =
  | BoardEventOf<'task.created', TaskView>
  | BoardEventOf<'task.updated', TaskView>
  | BoardEventOf<'task.moved', TaskView>
  | BoardEventOf<'task.deleted', { id: string }>
  | BoardEventOf<'task.acknowledged', TaskView>
  | BoardEventOf<'task.submitted', TaskView>
  | BoardEventOf<'task.verified', TaskView>
  | BoardEventOf<'task.returned', TaskView>
  /** A closed task reopened by a supervisor; the reason is the task's `reopenReason`. */
  | BoardEventOf<'task.reopened', TaskView>
  | BoardEventOf<'task.light_changed', TaskView>
  | BoardEventOf<'comment.created', CommentView>
  | BoardEventOf<'comment.updated', CommentView>
  | BoardEventOf<'comment.deleted', CommentView>
  | BoardEventOf<'reminder.sent', ReminderView>
  | BoardEventOf<'report.created', ReportCreatedData>
  /** The board's first event (seq 1): who created it (the actor), and as what. */
  | BoardEventOf<'board.created', BoardView>
  /** Title, description, visibility or supervision settings (see PATCH /api/boards/:boardId). */
  | BoardEventOf<'board.updated', BoardView>;

export type BoardEventType = BoardEvent['type'];

/**
 * The task an event is about: its own id for task.* events, the task of a comment, report or reminder;
 * null for a change to the board itself.
 */
export function taskIdOf(event: BoardEvent): string | null {
  switch (event.type) {
    case 'task.created':
    case 'task.updated':
    case 'task.moved':
    case 'task.deleted':
    case 'task.acknowledged':
    case 'task.submitted':
    case 'task.verified':
    case 'task.returned':
    case 'task.reopened':
    case 'task.light_changed':
      return event.data.id;
    case 'comment.created':
    case 'comment.updated':
    case 'comment.deleted':
    case 'report.created':
    case 'reminder.sent':
      return event.data.taskId;
    case 'board.created':
    case 'board.updated':
      return null;
  }
}

export const BOARD_EVENT_TYPES = [
  'task.created',
  'task.updated',
  'task.moved',
  'task.deleted',
  'task.acknowledged',
  'task.submitted',
  'task.verified',
  'task.returned',
  'task.reopened',
  'task.light_changed',
  'comment.created',
  'comment.updated',
  'comment.deleted',
  'reminder.sent',
  'report.created',
  'board.created',
  'board.updated',
] as const satisfies readonly BoardEventType[];

/** What a change contributes to its event; the server adds boardId, seq, actorId and at. */
export type BoardEventPayload<E extends BoardEvent = BoardEvent> = E extends BoardEvent
  ? Pick<E, 'type' | 'data' | 'changes'>
  : never;

export interface BoardEventsPage {
  events: BoardEvent[];
  /** The board's latest seq when the page was read. */
  seq: number;
}

/** `GET /api/boards/:boardId/history`: a page of the board's events, newest first. */
export interface BoardHistoryPage {
  events: BoardEvent[];
  /** Pass as `before` for the next (older) page; null when this page reaches the first event. */
  nextBefore: number | null;
}
