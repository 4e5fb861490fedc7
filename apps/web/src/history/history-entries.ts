import {
  BOARD_EVENT_TABLE,
  type BoardEvent,
  type BoardEventType,
  type ChangedRecord,
  type FieldChange,
  type HistoryCategory,
  type Light,
  type ReminderLevel,
  type TaskStatus,
  type TaskView,
  taskIdOf,
} from '@duban/contracts';
import { changedFields } from '../tasks/conflict';
import { excerpt } from './field-change-format';

/** What one event did, in terms a history line can say. */
export type HistoryAction =
  | { kind: 'created' }
  | { kind: 'moved'; to: TaskStatus }
  | { kind: 'reordered'; within: TaskStatus }
  /** What changed is in the entry's `changes`; none: we cannot tell (an old event without an earlier one). */
  | { kind: 'updated' }
  | { kind: 'deleted' }
  | { kind: 'commented' }
  | { kind: 'commentEdited' }
  | { kind: 'commentDeleted' }
  /** A leader's instruction (领导批示); answered: a reply from the lead department, to `leaderId`'s. */
  | { kind: 'instructionGiven' }
  | { kind: 'instructionAnswered'; leaderId: string }
  | { kind: 'acknowledged' }
  | { kind: 'submitted'; result: string }
  | { kind: 'verified'; note: string }
  | { kind: 'returned'; reason: string }
  | { kind: 'reopened'; reason: string }
  /** `text` cut to a line's length; the full report is in the task's reports. */
  | { kind: 'reported'; progress: number; text: string }
  | { kind: 'lightChanged'; light: Light }
  /** An evidence file added or removed (its bytes are gone then; its name and size stay in the log). */
  | { kind: 'fileAdded'; name: string; size: number }
  | { kind: 'fileRemoved'; name: string; size: number }
  /**
   * A reminder (催办): `automatic` when the system sent it because the task is overdue (its message is
   * the server's English, so the line says it in the reader's language from `deadline`); level 'leader'
   * is an escalation.
   */
  | { kind: 'reminded'; automatic: boolean; level: ReminderLevel; message: string; deadline: string | null }
  /** The board's own title, description, visibility or settings: the fields are in `changes`. */
  | { kind: 'boardUpdated' }
  /** The board's first event: what it was created with is in `changes`. */
  | { kind: 'boardCreated' }
  /** Archived (归档, read-only) or restored. */
  | { kind: 'boardArchived' }
  | { kind: 'boardRestored' };

export interface HistoryEntry {
  seq: number;
  /** Null: the system did it (the scheduler's lights, automatic reminders). */
  actorId: string | null;
  at: string;
  /** Null for a change to the board itself. */
  taskId: string | null;
  type: BoardEventType;
  action: HistoryAction;
  /** Field-level before/after: the event's own, or for an old event, the difference from the previous one. */
  changes: FieldChange[];
}

/**
 * A task's events as history entries, newest first. Events recorded before the log kept field changes
 * carry the whole task after the change, so those are diffed with the task as the previous event left it.
 */
export function historyEntries(events: readonly BoardEvent[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let previous: TaskView | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    entries.push(historyEntry(event, previous));
    if (event.type.startsWith('task.') && event.type !== 'task.deleted') previous = event.data as TaskView;
    // A lead department's report moves the task's progress: later diffs start from there.
    if (event.type === 'report.created' && event.data.task) previous = event.data.task;
  }
  return entries.reverse();
}

/** One event as a history entry; `previous` (the task before it, when known) only matters for old events. */
export function historyEntry(event: BoardEvent, previous: TaskView | null = null): HistoryEntry {
  return {
    seq: event.seq,
    actorId: event.actorId,
    at: event.at,
    taskId: taskIdOf(event),
    type: event.type,
    action: actionOf(event, previous),
    changes: event.changes.length > 0 ? event.changes : legacyChanges(event, previous),
  };
}

function actionOf(event: BoardEvent, previous: TaskView | null): HistoryAction {
  switch (event.type) {
    case 'task.created':
      return { kind: 'created' };
    case 'task.moved':
      return isReorder(event, previous)
        ? { kind: 'reordered', within: event.data.status }
        : { kind: 'moved', to: event.data.status };
    case 'task.updated':
      return { kind: 'updated' };
    case 'task.deleted':
      return { kind: 'deleted' };
    case 'comment.created':
      return { kind: 'commented' };
    case 'comment.updated':
      return { kind: 'commentEdited' };
    case 'comment.deleted':
      return { kind: 'commentDeleted' };
    case 'instruction.given':
      return { kind: 'instructionGiven' };
    case 'instruction.answered':
      return { kind: 'instructionAnswered', leaderId: event.data.instruction.authorId };
    case 'report.created':
      return { kind: 'reported', progress: event.data.progress, text: excerpt(event.data.text) };
    case 'task.acknowledged':
      return { kind: 'acknowledged' };
    case 'task.submitted':
      return { kind: 'submitted', result: event.data.result };
    case 'task.verified':
      return { kind: 'verified', note: event.data.verificationNote };
    case 'task.returned':
      return { kind: 'returned', reason: event.data.returnReason };
    case 'task.reopened':
      return { kind: 'reopened', reason: event.data.reopenReason };
    case 'task.light_changed':
      return { kind: 'lightChanged', light: event.data.light };
    case 'attachment.added':
      return { kind: 'fileAdded', name: event.data.name, size: event.data.size };
    case 'attachment.removed':
      return { kind: 'fileRemoved', name: event.data.name, size: event.data.size };
    case 'reminder.sent':
      return {
        kind: 'reminded',
        automatic: event.data.fromUserId === null,
        level: event.data.level,
        message: excerpt(event.data.message),
        deadline: event.data.deadline,
      };
    case 'board.created':
      return { kind: 'boardCreated' };
    case 'board.updated':
      return { kind: 'boardUpdated' };
    case 'board.archived':
      return { kind: 'boardArchived' };
    case 'board.restored':
      return { kind: 'boardRestored' };
  }
}

/**
 * A move that changed nothing the log records is a reorder within the column. Old events recorded no
 * changes at all: then the previous event tells, when there is one.
 */
function isReorder(event: Extract<BoardEvent, { type: 'task.moved' }>, previous: TaskView | null): boolean {
  if (event.changes.length > 0) return !event.changes.some((change) => change.field === 'status');
  return previous ? previous.status === event.data.status : true;
}

/** An old task.updated event's changes, from the task the previous event left. */
function legacyChanges(event: BoardEvent, previous: TaskView | null): FieldChange[] {
  if (event.type !== 'task.updated' || !previous) return [];
  return changedFields(previous, event.data).map((field) => ({
    record: 'task',
    field,
    before: previous[field],
    after: event.data[field],
  }));
}

/** Which record an event created or deleted, so its changes read as values set or removed. */
export function changeMode(type: BoardEventType, record: ChangedRecord): 'set' | 'removed' | 'changed' {
  const created: Partial<Record<BoardEventType, ChangedRecord>> = {
    'task.created': 'task',
    'comment.created': 'comment',
    'instruction.given': 'comment',
    'instruction.answered': 'comment',
    'report.created': 'report',
    'reminder.sent': 'reminder',
    'board.created': 'board',
  };
  const deleted: Partial<Record<BoardEventType, ChangedRecord>> = {
    'task.deleted': 'task',
    'comment.deleted': 'comment',
  };
  if (created[type] === record) return 'set';
  if (deleted[type] === record) return 'removed';
  return 'changed';
}

/** Values a new task starts with that say nothing about it. */
const DEFAULTS_NOT_WORTH_LISTING: Partial<Record<string, FieldChange['after']>> = {
  progress: 0,
  returnCount: 0,
  light: 'none',
};

/**
 * The changes a history entry lists under its sentence: not the texts the sentence already says, nor the
 * English message of an automatic reminder (the sentence says it in the reader's language), nor a new
 * task's default values.
 */
export function listedChanges(entry: HistoryEntry): FieldChange[] {
  const said = saidInSentence(entry.action);
  return entry.changes.filter((change) => {
    if (said.some(([record, field]) => change.record === record && change.field === field)) return false;
    const mode = changeMode(entry.type, change.record);
    return !(
      mode === 'set' &&
      change.record === 'task' &&
      Object.hasOwn(DEFAULTS_NOT_WORTH_LISTING, change.field) &&
      DEFAULTS_NOT_WORTH_LISTING[change.field] === change.after
    );
  });
}

function saidInSentence(action: HistoryAction): [ChangedRecord, string][] {
  switch (action.kind) {
    case 'submitted':
      return [['task', 'result']];
    case 'verified':
      return [['task', 'verificationNote']];
    case 'returned':
      return [['task', 'returnReason']];
    case 'reopened':
      return [['task', 'reopenReason']];
    case 'reported':
      return [
        ['report', 'text'],
        ['report', 'progress'],
      ];
    case 'reminded':
      return action.automatic
        ? [
            ['reminder', 'message'],
            ['reminder', 'deadline'],
            ['reminder', 'level'],
          ]
        : [['reminder', 'message']];
    default:
      return [];
  }
}

/** The history filters' category an event type belongs to. */
export function categoryOf(type: BoardEventType): HistoryCategory {
  return BOARD_EVENT_TABLE[type].category;
}

/** The entries of one category, or all of them. */
export function entriesIn(
  entries: readonly HistoryEntry[],
  category: HistoryCategory | null,
): readonly HistoryEntry[] {
  return category === null ? entries : entries.filter((entry) => categoryOf(entry.type) === category);
}

/** A deleted task's title, as its task.deleted event recorded it. */
export function deletedTaskTitle(event: BoardEvent): string | null {
  if (event.type !== 'task.deleted') return null;
  const title = event.changes.find((change) => change.record === 'task' && change.field === 'title')?.before;
  return typeof title === 'string' ? title : null;
}
