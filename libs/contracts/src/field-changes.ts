import type { BoardSettings, BoardView } from './boards';
import type { CommentView } from './comments';
import type { ReminderView } from './reminders';
import type { ReportView } from './reports';
import type { TaskView } from './tasks';

/** What kind of record a field change belongs to: the event's own record, or the task a report moved. */
export type ChangedRecord = 'task' | 'comment' | 'report' | 'reminder' | 'board';

/** Audited fields hold text, numbers, dates as strings, ids and lists of them. */
export type FieldValue = string | number | boolean | null | string[];

/**
 * One field before and after a change (留痕), as stored in the event: `before` null for what the change
 * created, `after` null for what it deleted.
 */
export interface FieldChange {
  record: ChangedRecord;
  field: string;
  before: FieldValue;
  after: FieldValue;
}

/**
 * The task fields the audit trail records. Left out: the order key (`position`; a reorder is a
 * `task.moved` without changes), the version and the bookkeeping the server keeps for itself.
 */
export const AUDITED_TASK_FIELDS = [
  'title',
  'description',
  'kind',
  'status',
  'leadDepartmentId',
  'cooperatingDepartmentIds',
  'responsibleLeaderId',
  'assigneeIds',
  'deadline',
  'progress',
  'labels',
  'problem',
  'source',
  'measures',
  'result',
  'evidence',
  'evidenceLinks',
  'assignedAt',
  'acknowledgedAt',
  'acknowledgedById',
  'submittedAt',
  'verifiedAt',
  'verifiedById',
  'verificationNote',
  'returnCount',
  'returnReason',
  'reopenReason',
  'light',
] as const satisfies readonly (keyof TaskView)[];
export type AuditedTaskField = (typeof AUDITED_TASK_FIELDS)[number];

const AUDITED_FIELDS = {
  task: AUDITED_TASK_FIELDS,
  comment: ['body'],
  report: ['departmentId', 'text', 'progress'],
  reminder: ['level', 'message', 'deadline'],
  // A board's settings are recorded one by one, by their own names.
  board: [
    'title',
    'description',
    'source',
    'departmentIds',
    'dueSoonDays',
    'reportCadence',
    'reportDay',
    'escalationDays',
  ],
} as const satisfies {
  task: readonly (keyof TaskView)[];
  comment: readonly (keyof CommentView)[];
  report: readonly (keyof ReportView)[];
  reminder: readonly (keyof ReminderView)[];
  board: readonly (keyof BoardView | keyof BoardSettings)[];
};

interface RecordTypes {
  task: TaskView;
  comment: CommentView;
  report: ReportView;
  reminder: ReminderView;
  board: BoardView;
}

/**
 * The audited fields that differ between two states of one record, in a fixed order. Pass null as
 * `before` for a created record (its empty fields are left out) and as `after` for a deleted one.
 */
export function fieldChanges<R extends ChangedRecord>(
  record: R,
  before: RecordTypes[R] | null,
  after: RecordTypes[R] | null,
): FieldChange[] {
  const fields: readonly string[] = AUDITED_FIELDS[record];
  const valueOf = (state: RecordTypes[R] | null, field: string): FieldValue => {
    if (state === null) return null;
    const values = (record === 'board' ? { ...state, ...(state as BoardView).settings } : state) as unknown;
    return (values as Record<string, FieldValue | undefined>)[field] ?? null;
  };
  return fields.flatMap((field) => {
    const change: FieldChange = {
      record,
      field,
      before: valueOf(before, field),
      after: valueOf(after, field),
    };
    if (sameJson(change.before, change.after)) return [];
    // A created or deleted record's empty fields say nothing.
    if ((before === null || after === null) && isEmpty(before === null ? change.after : change.before))
      return [];
    return [change];
  });
}

function sameJson(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmpty(value: FieldValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
