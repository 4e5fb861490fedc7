import {
  LIGHTS,
  REMINDER_LEVELS,
  REPORT_CADENCES,
  TASK_KINDS,
  TASK_STATUSES,
  type AuditedTaskField,
  type ChangedRecord,
  type FieldChange,
  type Light,
  type ReminderLevel,
  type ReportCadence,
  type TaskKind,
  type TaskStatus,
} from '@duban/contracts';

/** Names and labels the formatter needs, injected so it stays pure (and testable without i18n). */
export interface ChangeFormatLookups {
  userName: (userId: string) => string;
  departmentName: (departmentId: string) => string;
  statusLabel: (status: TaskStatus) => string;
  kindLabel: (kind: TaskKind) => string;
  lightLabel: (light: Light) => string;
  reminderLevelLabel: (level: ReminderLevel) => string;
  reportCadenceLabel: (cadence: ReportCadence) => string;
  /** A number of days ("7 days", "7 天"). */
  days: (count: number) => string;
  /** An ISO instant as the reader's local date and time. */
  dateTime: (at: string) => string;
  /** What an empty value reads as ("none", "无"). */
  none: string;
  /** Joins names in a list (", " or "、"). */
  listSeparator: string;
}

/** How a field's value reads: the kinds of value the audited fields hold. */
type ValueKind =
  | 'title'
  | 'text'
  | 'longText'
  | 'user'
  | 'users'
  | 'department'
  | 'departments'
  | 'status'
  | 'kind'
  | 'light'
  | 'level'
  | 'cadence'
  | 'days'
  | 'date'
  | 'instant'
  | 'percent'
  | 'count'
  | 'list';

const TASK_FIELD_VALUES = {
  title: 'title',
  description: 'longText',
  kind: 'kind',
  status: 'status',
  leadDepartmentId: 'department',
  cooperatingDepartmentIds: 'departments',
  responsibleLeaderId: 'user',
  assigneeIds: 'users',
  deadline: 'date',
  progress: 'percent',
  labels: 'list',
  problem: 'longText',
  source: 'text',
  measures: 'longText',
  result: 'longText',
  evidence: 'longText',
  evidenceLinks: 'list',
  assignedAt: 'instant',
  acknowledgedAt: 'instant',
  acknowledgedById: 'user',
  submittedAt: 'instant',
  verifiedAt: 'instant',
  verifiedById: 'user',
  verificationNote: 'longText',
  returnCount: 'count',
  returnReason: 'longText',
  reopenReason: 'longText',
  light: 'light',
} as const satisfies Record<AuditedTaskField, ValueKind>;

/** Every field the audit trail records, per record, with the kind of value it holds. */
const FIELD_VALUES = {
  task: TASK_FIELD_VALUES,
  comment: { body: 'longText' },
  report: { departmentId: 'department', text: 'longText', progress: 'percent' },
  reminder: { level: 'level', message: 'longText', deadline: 'date' },
  board: {
    title: 'title',
    description: 'longText',
    source: 'longText',
    departmentIds: 'departments',
    dueSoonDays: 'days',
    reportCadence: 'cadence',
    reportDay: 'count',
    escalationDays: 'days',
  },
} as const satisfies Record<ChangedRecord, Record<string, ValueKind>>;

type FieldsOf<R extends ChangedRecord> = keyof (typeof FIELD_VALUES)[R] & string;

/** The key of a field's label under `history:field`, e.g. "task.deadline". */
export type FieldLabelKey = {
  [R in ChangedRecord]: `${R}.${FieldsOf<R>}`;
}[ChangedRecord];

/** A value as it reads; `excerpt` is set when the text is long enough to be shown cut, with "show all". */
export interface ShownValue {
  text: string;
  excerpt: string | null;
}

export interface ShownChange {
  record: ChangedRecord;
  field: string;
  /** Null for a field this client does not know yet: it is shown by its name. */
  labelKey: FieldLabelKey | null;
  /** 'set': a value the new record got; 'removed': one the deleted record had; 'changed': before → after. */
  mode: 'set' | 'removed' | 'changed';
  before: ShownValue | null;
  after: ShownValue | null;
}

/**
 * Whether a change is worth a line: one that reads the same before and after (a time re-set within the
 * minute it is shown to) would only look like a mistake.
 */
export function readsDifferently(change: ShownChange): boolean {
  return change.mode !== 'changed' || change.before?.text !== change.after?.text;
}

export const EXCERPT_LENGTH = 140;

/** The start of a long text on one line, ending in "…" when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).trimEnd()}…`;
}

export function fieldLabelKey(record: ChangedRecord, field: string): FieldLabelKey | null {
  return valueKindOf(record, field) ? (`${record}.${field}` as FieldLabelKey) : null;
}

/**
 * One field change as a person reads it. `mode` says whether the event created or deleted the record the
 * change is on (then only one side means anything) or changed it.
 */
export function formatFieldChange(
  change: FieldChange,
  mode: ShownChange['mode'],
  lookups: ChangeFormatLookups,
): ShownChange {
  const kind = valueKindOf(change.record, change.field);
  const show = (value: FieldChange['before']) => shownValue(kind, value, lookups);
  return {
    record: change.record,
    field: change.field,
    labelKey: fieldLabelKey(change.record, change.field),
    mode,
    before: mode === 'set' ? null : show(change.before),
    after: mode === 'removed' ? null : show(change.after),
  };
}

function valueKindOf(record: ChangedRecord, field: string): ValueKind | null {
  const fields: Partial<Record<string, ValueKind>> = FIELD_VALUES[record];
  return Object.hasOwn(fields, field) ? (fields[field] ?? null) : null;
}

function shownValue(kind: ValueKind | null, value: FieldChange['before'], lookups: ChangeFormatLookups) {
  const text = formatValue(kind, value, lookups);
  const cut = kind === 'longText' || kind === null ? excerpt(text) : text;
  return { text, excerpt: cut === text ? null : cut };
}

function formatValue(
  kind: ValueKind | null,
  value: FieldChange['before'],
  lookups: ChangeFormatLookups,
): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return lookups.none;
  const oneOf = <T extends string>(known: readonly T[], label: (value: T) => string) =>
    known.find((candidate) => candidate === value) ? label(value as T) : String(value);
  const list = (name: (item: string) => string) =>
    (Array.isArray(value) ? value : [value]).map((item) => name(String(item))).join(lookups.listSeparator);
  switch (kind) {
    case 'title':
      // Titles are sentences themselves: quote them so the line stays readable.
      return `“${String(value)}”`;
    case 'user':
    case 'users':
      return list(lookups.userName);
    case 'department':
    case 'departments':
      return list(lookups.departmentName);
    case 'status':
      return oneOf(TASK_STATUSES, lookups.statusLabel);
    case 'kind':
      return oneOf(TASK_KINDS, lookups.kindLabel);
    case 'light':
      return oneOf(LIGHTS, lookups.lightLabel);
    case 'level':
      return oneOf(REMINDER_LEVELS, lookups.reminderLevelLabel);
    case 'cadence':
      return oneOf(REPORT_CADENCES, lookups.reportCadenceLabel);
    case 'days':
      return typeof value === 'number' ? lookups.days(value) : String(value);
    case 'instant':
      return typeof value === 'string' ? lookups.dateTime(value) : String(value);
    case 'percent':
      return `${String(value)}%`;
    case 'date':
    case 'count':
    case 'text':
    case 'longText':
      return String(value);
    case 'list':
    case null:
      return list((item) => item);
  }
}
