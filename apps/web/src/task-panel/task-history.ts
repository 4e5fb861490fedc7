import type {
  Light,
  BoardEvent,
  EditableTaskField,
  ReminderLevel,
  TaskStatus,
  TaskView,
} from '@duban/contracts';
import { changedFields } from '../tasks/conflict';
import { formatFieldValue, type FieldFormatLookups } from './task-field-format';

/** What one event did to the task, in terms a history line can say. */
export type HistoryAction =
  | { kind: 'created' }
  | { kind: 'moved'; to: TaskStatus }
  | { kind: 'reordered'; within: TaskStatus }
  /** `fields` empty: we cannot tell what changed (no earlier version in the history). */
  | { kind: 'updated'; fields: EditableTaskField[]; before: TaskView | null; after: TaskView }
  | { kind: 'deleted' }
  | { kind: 'commented' }
  | { kind: 'commentEdited' }
  | { kind: 'commentDeleted' }
  | { kind: 'acknowledged' }
  | { kind: 'submitted'; result: string }
  | { kind: 'verified'; note: string }
  | { kind: 'returned'; reason: string }
  /** `text` cut to a line's length; the full report is in the task's reports. */
  | { kind: 'reported'; progress: number; text: string }
  | { kind: 'lightChanged'; light: Light }
  /** A reminder (催办): `automatic` when sent because the task is overdue; level 'leader' is an escalation. */
  | { kind: 'reminded'; automatic: boolean; level: ReminderLevel; message: string };

export interface HistoryEntry {
  seq: number;
  actorId: string;
  at: string;
  action: HistoryAction;
}

/**
 * A task's events as history entries, newest first. task.* events carry the whole task after the change,
 * so each one is diffed with the task as the previous task.* event left it.
 */
export function historyEntries(events: readonly BoardEvent[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let previous: TaskView | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const action = actionOf(event, previous);
    if (event.type.startsWith('task.') && event.type !== 'task.deleted') previous = event.data as TaskView;
    // A lead department's report moves the task's progress: later diffs start from there.
    if (event.type === 'report.created' && event.data.task) previous = event.data.task;
    entries.push({ seq: event.seq, actorId: event.actorId, at: event.at, action });
  }
  return entries.reverse();
}

function actionOf(event: BoardEvent, previous: TaskView | null): HistoryAction {
  switch (event.type) {
    case 'task.created':
      return { kind: 'created' };
    case 'task.moved':
      return previous && previous.status === event.data.status
        ? { kind: 'reordered', within: event.data.status }
        : { kind: 'moved', to: event.data.status };
    case 'task.updated': {
      const fields = previous ? changedFields(previous, event.data) : [];
      return { kind: 'updated', fields, before: previous, after: event.data };
    }
    case 'task.deleted':
      return { kind: 'deleted' };
    case 'comment.created':
      return { kind: 'commented' };
    case 'comment.updated':
      return { kind: 'commentEdited' };
    case 'comment.deleted':
      return { kind: 'commentDeleted' };
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
    case 'task.light_changed':
      return { kind: 'lightChanged', light: event.data.light };
    case 'reminder.sent':
      return {
        kind: 'reminded',
        automatic: event.data.fromUserId === null,
        level: event.data.level,
        message: excerpt(event.data.message),
      };
  }
}

const EXCERPT_LENGTH = 140;

/** The start of a long text on one line, ending in "…" when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

export interface FieldChangeText {
  field: EditableTaskField;
  /** Absent for long text (the description), where "changed" is all a history line should say. */
  before?: string;
  after?: string;
}

/** The before → after of each changed field, formatted for reading. */
export function describeChanges(
  action: Extract<HistoryAction, { kind: 'updated' }>,
  lookups: FieldFormatLookups,
): FieldChangeText[] {
  return action.fields.map((field) => {
    if (field === 'description' || !action.before) return { field };
    // Titles are sentences themselves: quote them so the line stays readable.
    const format = (task: TaskView) =>
      field === 'title' ? `“${task.title}”` : formatFieldValue(field, task, lookups);
    return { field, before: format(action.before), after: format(action.after) };
  });
}
