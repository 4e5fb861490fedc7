import { taskIdOf, type BoardEvent, type FieldChange, type FieldValue } from '@duban/contracts';
import { stringify } from 'csv-stringify/sync';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';

/** Names for the ids the log records, so a spreadsheet reads without a lookup table. */
export interface HistoryNames {
  user: (id: string) => string;
  department: (id: string) => string;
  /** The task's title as the log or the board knows it; '' when neither does. */
  task: (id: string) => string;
}

const USER_FIELDS = new Set(['responsibleLeaderId', 'assigneeIds', 'acknowledgedById', 'verifiedById']);
const DEPARTMENT_FIELDS = new Set([
  'leadDepartmentId',
  'cooperatingDepartmentIds',
  'departmentIds',
  'departmentId',
]);

/** Both languages of our users: the file is opened by whoever prepares the report. */
const HEADER = [
  'Seq 序号',
  'Time 时间',
  'Actor 操作人',
  'Event 事件',
  'Task ID 事项编号',
  'Task 督办事项',
  'Record 对象',
  'Field 字段',
  'Before 修改前',
  'After 修改后',
];

/** What a system event is done by. */
const SYSTEM = 'System 系统';

/**
 * The events as CSV, one row per changed field (an event that changed no field gets one row of its own),
 * with a byte order mark so spreadsheet programs read the UTF-8 (Chinese) text correctly. Every text cell
 * is neutralised (a comment "=1+2" stays text, never a formula); numbers stay numbers.
 */
export function historyCsv(events: readonly BoardEvent[], names: HistoryNames): string {
  const rows = events.flatMap((event) => {
    const taskId = taskIdOf(event);
    const common = [
      event.seq,
      event.at,
      event.actorId === null ? SYSTEM : names.user(event.actorId),
      event.type,
      taskId ?? '',
      taskId === null ? '' : names.task(taskId),
    ];
    if (event.changes.length === 0) return [[...common, '', '', '', '']];
    return event.changes.map((change) => [
      ...common,
      change.record,
      change.field,
      readable(change, change.before, names),
      readable(change, change.after, names),
    ]);
  });
  return `\uFEFF${stringify([HEADER, ...rows], { cast: { string: neutralizeSpreadsheetCell } })}`;
}

function readable(change: FieldChange, value: FieldValue, names: HistoryNames): string | number {
  if (value === null) return '';
  const name = USER_FIELDS.has(change.field)
    ? names.user
    : DEPARTMENT_FIELDS.has(change.field)
      ? names.department
      : (id: string) => id;
  if (Array.isArray(value)) return value.map(name).join('; ');
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? name(value) : String(value);
}
