import type { Bulletin, DepartmentStats, RankingList } from '@duban/contracts';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';
import { wallClock } from '../exports/export-rows';
import type { BulletinWords } from './bulletin-words';

/** A value, or one with its own number format (the summary's value column holds dates, counts and rates). */
type Cell = string | number | Date | null | { value: number | Date | null; format: Kind };
type Kind = 'general' | 'text' | 'number' | 'rate' | 'date' | 'dateTime';
interface Column {
  header: string;
  kind: Kind;
  width: number;
}

const NUMBER_FORMATS: Record<Kind, string> = {
  general: 'General',
  text: '@',
  number: '0',
  rate: '0%',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};

/** A calendar date as a date cell (midnight UTC: spreadsheets have no zones). */
const day = (date: string | null): Date | null => (date === null ? null : new Date(`${date}T00:00:00Z`));

/**
 * The bulletin as a workbook, written with exceljs's streaming writer like the task export: a summary
 * sheet, the departments with their ranking, the overdue tasks, the tasks closed in the period and (when
 * recorded) the leader instructions; headers in the reader's language, dates as date cells, times as the
 * reader's wall clock, text neutralised against formulas.
 */
export async function writeBulletinXlsx(
  bulletin: Bulletin,
  words: BulletinWords,
  output: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const time = (instant: string | null) =>
    instant === null ? null : wallClock(new Date(instant), bulletin.timeZone);

  function sheet(name: string, columns: Column[], rows: Cell[][], heading: Cell[][] = []): void {
    const worksheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: heading.length + 1 }],
    });
    worksheet.columns = columns.map((column, index) => ({
      key: String(index),
      width: column.width,
      style: { numFmt: NUMBER_FORMATS[column.kind] },
    }));
    for (const line of heading) {
      const row = worksheet.addRow(line.map(value));
      row.font = { bold: true };
      row.commit();
    }
    const header = worksheet.addRow(columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    for (const line of rows) {
      const row = worksheet.addRow(line.map(value));
      line.forEach((cell, index) => {
        if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
          row.getCell(index + 1).numFmt = NUMBER_FORMATS[cell.format];
        }
      });
      row.commit();
    }
    worksheet.commit();
  }

  const s = words.summary;
  const { totals, summary } = bulletin;
  sheet(
    words.sheets.summary,
    [
      { header: s.figure, kind: 'text', width: 34 },
      { header: s.value, kind: 'general', width: 22 },
    ],
    [
      [s.board, bulletin.board.title],
      [s.from, { value: day(bulletin.period.from), format: 'date' }],
      [s.to, { value: day(bulletin.period.to), format: 'date' }],
      [s.asOf, { value: time(bulletin.asOf), format: 'dateTime' }],
      [s.timeZone, bulletin.timeZone],
      [s.createdInPeriod, summary.createdInPeriod],
      [s.closedInPeriod, summary.closedInPeriod],
      [s.closedOnTimeInPeriod, summary.closedOnTimeInPeriod],
      ...(bulletin.atPeriodEnd === null
        ? []
        : [
            [s.atPeriodEnd, { value: day(bulletin.atPeriodEnd.date), format: 'date' as const }],
            [s.endOpen, bulletin.atPeriodEnd.open],
            [s.endOverdue, bulletin.atPeriodEnd.overdue],
            [s.endClosed, bulletin.atPeriodEnd.closed],
            [s.endDue, bulletin.atPeriodEnd.due],
          ]),
      [s.instructions, summary.instructions],
      [s.instructionsAnswered, summary.instructionsAnswered],
      [s.tasks, totals.tasks],
      [s.done, totals.done],
      [s.inProgress, totals.inProgress],
      [s.awaitingSignOff, totals.awaitingSignOff],
      [s.inReview, totals.inReview],
      [s.overdue, totals.overdue],
      [s.dueSoon, totals.dueSoon],
      [s.returned, totals.returned],
      [s.onTimeRate, { value: totals.onTimeRate, format: 'rate' }],
      [s.signOffRate, { value: totals.signOffRate, format: 'rate' }],
      [s.reportsMissing, totals.reportsMissing],
    ],
    [[words.title(bulletin.board.title)]],
  );

  const d = words.departments;
  const listOf = new Map<string, { list: RankingList; place: number }>();
  for (const list of ['red', 'yellow', 'green'] as const) {
    bulletin.ranking[list].forEach((id, index) => listOf.set(id, { list, place: index + 1 }));
  }
  const ranked = [...bulletin.departments].sort(
    (a, b) =>
      order(listOf.get(a.departmentId)) - order(listOf.get(b.departmentId)) || a.name.localeCompare(b.name),
  );
  sheet(
    words.sheets.departments,
    [
      { header: d.department, kind: 'text', width: 26 },
      { header: d.ranking, kind: 'text', width: 10 },
      { header: d.place, kind: 'number', width: 8 },
      { header: d.led, kind: 'number', width: 10 },
      { header: d.done, kind: 'number', width: 10 },
      { header: d.inProgress, kind: 'number', width: 12 },
      { header: d.awaitingSignOff, kind: 'number', width: 12 },
      { header: d.inReview, kind: 'number', width: 12 },
      { header: d.overdue, kind: 'number', width: 10 },
      { header: d.furthestOverdueDays, kind: 'number', width: 14 },
      { header: d.dueSoon, kind: 'number', width: 10 },
      { header: d.returned, kind: 'number', width: 10 },
      { header: d.onTimeRate, kind: 'rate', width: 12 },
      { header: d.signOffRate, kind: 'rate', width: 12 },
      { header: d.reportsMissing, kind: 'number', width: 12 },
      { header: d.cooperating, kind: 'number', width: 12 },
    ],
    ranked.map((entry: DepartmentStats) => {
      const rank = listOf.get(entry.departmentId);
      return [
        entry.name,
        rank ? words.lists[rank.list] : null,
        rank ? rank.place : null,
        entry.led,
        entry.done,
        entry.inProgress,
        entry.awaitingSignOff,
        entry.inReview,
        entry.overdue,
        entry.furthestOverdueDays,
        entry.dueSoon,
        entry.returned,
        entry.onTimeRate,
        entry.signOffRate,
        entry.reportsMissing,
        entry.cooperating,
      ];
    }),
  );

  const t = words.task;
  const taskColumns: Column[] = [
    { header: t.title, kind: 'text', width: 44 },
    { header: t.leadDepartment, kind: 'text', width: 24 },
    { header: t.responsibleLeader, kind: 'text', width: 16 },
    { header: t.deadline, kind: 'date', width: 12 },
  ];
  sheet(
    words.sheets.overdue,
    [
      ...taskColumns,
      { header: t.daysOverdue, kind: 'number', width: 12 },
      { header: t.status, kind: 'text', width: 18 },
    ],
    bulletin.overdue.map((task) => [
      task.title,
      task.leadDepartment?.name ?? null,
      task.responsibleLeader?.name ?? null,
      day(task.deadline),
      task.daysOverdue,
      words.status[task.status],
    ]),
  );
  sheet(
    words.sheets.closed,
    [
      ...taskColumns,
      { header: t.closedOn, kind: 'date', width: 12 },
      { header: t.onTime, kind: 'text', width: 8 },
    ],
    bulletin.closed.map((task) => [
      task.title,
      task.leadDepartment?.name ?? null,
      task.responsibleLeader?.name ?? null,
      day(task.deadline),
      day(task.closedOn),
      task.onTime === null ? null : task.onTime ? words.yes : words.no,
    ]),
  );
  const i = words.instruction;
  sheet(
    words.sheets.instructions,
    [
      { header: i.task, kind: 'text', width: 36 },
      { header: i.leader, kind: 'text', width: 14 },
      { header: i.givenAt, kind: 'dateTime', width: 17 },
      { header: i.text, kind: 'text', width: 44 },
      { header: i.leadDepartment, kind: 'text', width: 22 },
      { header: i.respondedBy, kind: 'text', width: 14 },
      { header: i.respondedAt, kind: 'dateTime', width: 17 },
      { header: i.response, kind: 'text', width: 44 },
      { header: i.waitingDays, kind: 'number', width: 12 },
    ],
    bulletin.instructions.map((entry) => [
      entry.taskTitle,
      entry.leaderName,
      time(entry.givenAt),
      entry.body,
      entry.leadDepartmentName,
      entry.response?.authorName ?? null,
      time(entry.response?.at ?? null),
      entry.response?.body ?? i.awaiting,
      entry.waitingDays,
    ]),
  );
  await workbook.commit();
}

function order(rank: { list: RankingList; place: number } | undefined): number {
  if (!rank) return 10_000;
  return { red: 0, yellow: 1000, green: 2000 }[rank.list] + rank.place;
}

function value(cell: Cell): string | number | Date | null {
  if (typeof cell === 'string') return neutralizeSpreadsheetCell(cell);
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return cell.value;
  return cell;
}
