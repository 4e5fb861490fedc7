import { z } from 'zod';
import type { BoardSettings, BoardView } from './boards';
import type { CommentView } from './comments';
import type { BoardEventType } from './events';
import { BOARD_EVENT_TYPES } from './events';
import type { ReminderView } from './reminders';
import type { ReportView } from './reports';
import type { TaskView } from './tasks';
import { isoInstantSchema, MAX_INT4, singleLineString, uuidSchema } from './common';

/**
 * `GET /api/boards/:boardId/audit/verify`: whether the board's event log is intact. Each event stores a
 * SHA-256 over its content and the previous event's hash, so an edited, deleted or reordered event breaks
 * the chain from there on.
 */
export interface AuditVerification {
  ok: boolean;
  /** Events found intact from seq 1 on; when the chain is broken, those before `firstBrokenSeq`. */
  checked: number;
  /** The first seq that is missing, or whose content or link to the previous event does not match. */
  firstBrokenSeq?: number;
  /**
   * The hash of the last intact event: a fingerprint of the whole log up to it. Written down outside
   * Duban (in the minutes, a report), it also exposes a log rewritten and re-hashed from start to end.
   */
  headHash: string;
}

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

/** Kinds of events, as the history filters offer them. */
export const HISTORY_CATEGORIES = {
  changes: ['task.created', 'task.updated', 'task.moved', 'task.deleted'],
  workflow: ['task.acknowledged', 'task.submitted', 'task.verified', 'task.returned', 'task.reopened'],
  reports: ['report.created'],
  reminders: ['reminder.sent'],
  comments: ['comment.created', 'comment.updated', 'comment.deleted'],
  lights: ['task.light_changed'],
  board: ['board.created', 'board.updated'],
} as const satisfies Record<string, readonly BoardEventType[]>;
export type HistoryCategory = keyof typeof HISTORY_CATEGORIES;
export const HISTORY_CATEGORY_NAMES = Object.keys(HISTORY_CATEGORIES) as HistoryCategory[];

function isBoardEventType(type: string): type is BoardEventType {
  return (BOARD_EVENT_TYPES as readonly string[]).includes(type);
}

/** Which events: by whom (a user id, or `system`), about which task, of which types, in which time. */
const historyFilterFields = {
  actorId: z.union([uuidSchema, z.literal('system')]).optional(),
  taskId: uuidSchema.optional(),
  types: singleLineString()
    .transform((value, context) => {
      const types = value.split(',').map((type) => type.trim());
      const unknown = types.find((type) => !isBoardEventType(type));
      if (unknown === undefined) return types as BoardEventType[];
      context.addIssue({ code: 'custom', message: `no event type "${unknown}"` });
      return z.NEVER;
    })
    .optional(),
  from: isoInstantSchema.optional(),
  to: isoInstantSchema.optional(),
};

/** `to` must come after `from`; the problem is reported on `to`. */
function fromBeforeTo(query: { from?: string; to?: string }): boolean {
  return !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to);
}
const FROM_BEFORE_TO = { path: ['to'], message: 'must be after from' };

/**
 * `GET /api/boards/:boardId/history`: the board's events newest first, filtered. `types` is a
 * comma-separated list; `from` and `to` are ISO timestamps (the client knows the user's time zone, so it
 * turns calendar days into instants); `before` pages back by seq.
 */
export const boardHistoryQuerySchema = z
  .strictObject({
    ...historyFilterFields,
    before: z.coerce.number().int().min(1).max(MAX_INT4).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);
export type BoardHistoryQuery = z.infer<typeof boardHistoryQuerySchema>;

/** `GET /api/boards/:boardId/history/export`: the same filters, every matching event, as CSV. */
export const boardHistoryExportQuerySchema = z
  .strictObject(historyFilterFields)
  .refine(fromBeforeTo, FROM_BEFORE_TO);
export type BoardHistoryExportQuery = z.infer<typeof boardHistoryExportQuerySchema>;
