import type { AttachmentView } from './attachments';
import type { FieldChange } from './field-changes';
import type { BoardView } from './boards';
import type { CommentView, InstructionAnsweredData } from './comments';
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

/** Each event type's `data`. */
interface BoardEventDataByType {
  'task.created': TaskView;
  'task.updated': TaskView;
  'task.moved': TaskView;
  'task.deleted': { id: string };
  'task.acknowledged': TaskView;
  'task.submitted': TaskView;
  'task.verified': TaskView;
  'task.returned': TaskView;
  /** A closed task reopened by a supervisor; the reason is the task's `reopenReason`. */
  'task.reopened': TaskView;
  'task.light_changed': TaskView;
  'comment.created': CommentView;
  'comment.updated': CommentView;
  'comment.deleted': CommentView;
  /** A leader's instruction (领导批示): a comment of kind `instruction`, awaiting response. */
  'instruction.given': CommentView;
  /** A member of the lead department replied to an instruction: the reply, and the instruction it answered. */
  'instruction.answered': InstructionAnsweredData;
  'reminder.sent': ReminderView;
  'report.created': ReportCreatedData;
  /** An evidence file added to a task, report or comment; `data.sha256` puts its bytes under the hash chain. */
  'attachment.added': AttachmentView;
  /** A file removed: its bytes are gone, its record (name, size, sha256) stays in the log. */
  'attachment.removed': AttachmentView;
  /** The board's first event (seq 1): who created it (the actor), and as what. */
  'board.created': BoardView;
  /** Title, description, visibility or supervision settings (see PATCH /api/boards/:boardId). */
  'board.updated': BoardView;
  /** Archived (归档): the board is read-only from here on; other fields the same request changed are in `changes`. */
  'board.archived': BoardView;
  /** Restored from the archive: writable again. */
  'board.restored': BoardView;
}

/** Everything that changes a board, as stored in board_events and sent as `board:event`. */
export type BoardEvent = {
  [TType in keyof BoardEventDataByType]: BoardEventOf<TType, BoardEventDataByType[TType]>;
}[keyof BoardEventDataByType];

export type BoardEventType = BoardEvent['type'];

/** Kinds of events, as the history filters offer them, in the filters' order. */
export const HISTORY_CATEGORY_NAMES = [
  'changes',
  'workflow',
  'reports',
  'reminders',
  'comments',
  'lights',
  'files',
  'board',
] as const;
export type HistoryCategory = (typeof HISTORY_CATEGORY_NAMES)[number];

interface BoardEventTypeFacts<TData> {
  /**
   * Which field of the event's `data` holds the task the event is about: `id` when the data is the task
   * itself, `taskId` for a comment, report or reminder on a task, null for a change to the board itself.
   */
  taskIdIn: Extract<'id' | 'taskId', keyof TData> | null;
  category: HistoryCategory;
}

/**
 * The one list of board event types and what each is about. Adding an event type means a row here and its
 * data in `BoardEventDataByType`: the `satisfies` below fails to compile while either is missing.
 */
export const BOARD_EVENT_TABLE = {
  'task.created': { taskIdIn: 'id', category: 'changes' },
  'task.updated': { taskIdIn: 'id', category: 'changes' },
  'task.moved': { taskIdIn: 'id', category: 'changes' },
  'task.deleted': { taskIdIn: 'id', category: 'changes' },
  'task.acknowledged': { taskIdIn: 'id', category: 'workflow' },
  'task.submitted': { taskIdIn: 'id', category: 'workflow' },
  'task.verified': { taskIdIn: 'id', category: 'workflow' },
  'task.returned': { taskIdIn: 'id', category: 'workflow' },
  'task.reopened': { taskIdIn: 'id', category: 'workflow' },
  'task.light_changed': { taskIdIn: 'id', category: 'lights' },
  'comment.created': { taskIdIn: 'taskId', category: 'comments' },
  'comment.updated': { taskIdIn: 'taskId', category: 'comments' },
  'comment.deleted': { taskIdIn: 'taskId', category: 'comments' },
  'instruction.given': { taskIdIn: 'taskId', category: 'comments' },
  'instruction.answered': { taskIdIn: 'taskId', category: 'comments' },
  'reminder.sent': { taskIdIn: 'taskId', category: 'reminders' },
  'report.created': { taskIdIn: 'taskId', category: 'reports' },
  'attachment.added': { taskIdIn: 'taskId', category: 'files' },
  'attachment.removed': { taskIdIn: 'taskId', category: 'files' },
  'board.created': { taskIdIn: null, category: 'board' },
  'board.updated': { taskIdIn: null, category: 'board' },
  'board.archived': { taskIdIn: null, category: 'board' },
  'board.restored': { taskIdIn: null, category: 'board' },
} as const satisfies {
  [TType in BoardEventType]: BoardEventTypeFacts<BoardEventDataByType[TType]>;
};
type BoardEventTable = typeof BOARD_EVENT_TABLE;

export const BOARD_EVENT_TYPES = Object.keys(BOARD_EVENT_TABLE) as readonly BoardEventType[];

/** The event types whose `data` field `field` holds the task they are about (for queries by task). */
export function boardEventTypesWithTaskIdIn(field: 'id' | 'taskId'): BoardEventType[] {
  return BOARD_EVENT_TYPES.filter((type) => BOARD_EVENT_TABLE[type].taskIdIn === field);
}

/**
 * The task an event is about: its own id for task.* events, the task of a comment, report or reminder;
 * null for a change to the board itself.
 */
export function taskIdOf(event: BoardEvent): string | null {
  const field = BOARD_EVENT_TABLE[event.type].taskIdIn;
  // The table's `satisfies` guarantees the field exists on this type's data.
  return field === null ? null : (event.data as Record<typeof field, string>)[field];
}

/** The event types of one history category. */
export type BoardEventTypeIn<TCategory extends HistoryCategory> = {
  [TType in BoardEventType]: BoardEventTable[TType]['category'] extends TCategory ? TType : never;
}[BoardEventType];

function boardEventTypesIn<TCategory extends HistoryCategory>(
  category: TCategory,
): readonly BoardEventTypeIn<TCategory>[] {
  return BOARD_EVENT_TYPES.filter(
    (type): type is BoardEventTypeIn<TCategory> => BOARD_EVENT_TABLE[type].category === category,
  );
}

/** Each history category's event types, in the table's order. */
export const HISTORY_CATEGORIES = Object.fromEntries(
  HISTORY_CATEGORY_NAMES.map((category) => [category, boardEventTypesIn(category)]),
) as unknown as { readonly [TCategory in HistoryCategory]: readonly BoardEventTypeIn<TCategory>[] };

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
