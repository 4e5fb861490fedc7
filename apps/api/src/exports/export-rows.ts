import {
  EXPORT_COLUMNS,
  EXPORT_COLUMN_KINDS,
  type ExportColumn,
  type ExportWords,
  type TaskView,
} from '@duban/contracts';

/**
 * One cell of the exported task list: text, a number, a calendar date ("YYYY-MM-DD") or a wall-clock
 * time in the reader's time zone (a Date whose UTC fields are that wall-clock time: spreadsheets have no
 * time zones, so the file shows what the reader's clock showed). Null: an empty cell.
 */
export type ExportCell = string | number | { date: string } | { dateTime: Date } | null;

/** One board's rows: its sheet's name in the workbook, its title (the CSV's Board column), its rows. */
export interface ExportSheet {
  name: string;
  board: string;
  rows: AsyncIterable<ExportCell[]>;
}

/**
 * An export ready to be written: the words of its language, how many rows matched when it began (sent
 * as X-Export-Rows), and its boards' rows, read from the database a batch at a time as they are written.
 * `boardHeader`: the CSV's leading Board column across boards, null for a board's own export.
 */
export interface TaskExport {
  words: ExportWords;
  rowCount: number;
  boardHeader: string | null;
  sheets: ExportSheet[];
}

export interface ExportNames {
  department: (id: string | null) => string;
  user: (id: string | null) => string;
}

/** The task's row, column by column as EXPORT_COLUMNS lists them. */
export function exportRow(
  task: TaskView,
  words: ExportWords,
  names: ExportNames,
  timeZone: string,
): ExportCell[] {
  const list = (ids: readonly string[], name: (id: string) => string) =>
    ids.map(name).join(words.listSeparator);
  const at = (instant: string | null) =>
    instant === null ? null : { dateTime: wallClock(new Date(instant), timeZone) };
  const cells: Record<ExportColumn, ExportCell> = {
    title: task.title,
    kind: words.kind[task.kind],
    status: words.status[task.status],
    leadDepartment: names.department(task.leadDepartmentId),
    cooperatingDepartments: list(task.cooperatingDepartmentIds, names.department),
    responsibleLeader: names.user(task.responsibleLeaderId),
    assignees: list(task.assigneeIds, names.user),
    deadline: task.deadline === null ? null : { date: task.deadline },
    progress: task.progress,
    light: words.light[task.light],
    acknowledgedAt: at(task.acknowledgedAt),
    submittedAt: at(task.submittedAt),
    verifiedAt: at(task.verifiedAt),
    returnCount: task.returnCount,
    updatedAt: at(task.updatedAt),
  };
  return EXPORT_COLUMNS.map((column) => {
    const cell = cells[column];
    // An empty text cell stays empty rather than a blank string, like an empty date.
    return EXPORT_COLUMN_KINDS[column] === 'text' && cell === '' ? null : cell;
  });
}

/** The instant as the wall clock of the time zone shows it, in a Date's UTC fields. */
export function wallClock(instant: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return new Date(
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')),
  );
}
