import { z } from 'zod';
import { calendarDateOf, type CalendarDate } from './calendar';
import { taskFiltersQuerySchema } from './task-filters';

/**
 * The leaders' figures (领导驾驶舱): per lead department, over the tasks of one board or of every board the
 * caller may see, narrowed by the table's filters. Counted by the API from the tasks as they are now and
 * from the event log (returns, sign-off and closing days); the browser only shows and ranks them.
 */

/** Whether `name` is an IANA time zone this runtime knows ("Asia/Shanghai", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per zone: making one costs far more than using it. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of a moment in the IANA time zone `timeZone`; null reads it where the code runs (the
 * server's TZ), as calendar.ts does. Days are then counted with calendar.ts, whatever the zone.
 */
export function calendarDateIn(moment: Date, timeZone: string | null): CalendarDate {
  if (timeZone === null) return calendarDateOf(moment);
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * `GET /api/boards/:boardId/stats` and `GET /api/stats` take the table's filters (contracts task-filters.ts)
 * and `tz`, the viewer's IANA time zone (the browser's `Intl.DateTimeFormat().resolvedOptions().timeZone`):
 * which day is "today" and on which day a task was closed or handed over are read there, so a task closed
 * late in the evening in Shanghai counts as closed that day. Without `tz`, the server's time zone.
 */
export const statsQuerySchema = taskFiltersQuerySchema.extend({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, { message: 'Not a known IANA time zone (such as Asia/Shanghai)' })
    .optional(),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

/** Tasks a department leads, by what they wait for. A rate is null when nothing counts towards it yet. */
export interface DepartmentStats {
  departmentId: string;
  name: string;
  /** Tasks it leads (牵头). */
  led: number;
  done: number;
  inProgress: number;
  /**
   * Led tasks not yet signed for (待签收, `isAwaitingSignOff`), and the longest wait among them in whole days:
   * from the day it was handed over (`assignedAt`, else `createdAt`) to today, both in the viewer's zone.
   */
  awaitingSignOff: number;
  longestSignOffWaitDays: number | null;
  /** Submitted and awaiting verification (待审核). */
  inReview: number;
  /** Past the deadline and not done (the red light), and the furthest past it in whole days (deadline to today). */
  overdue: number;
  furthestOverdueDays: number | null;
  /** Not done, due within the board's due-soon days (the yellow light). */
  dueSoon: number;
  /** How many times its led tasks were returned (退回), all returns counted. */
  returned: number;
  /**
   * Closed on or before the deadline ÷ closed with a deadline; null when none is. A task is closed on the day
   * it was verified (`verifiedAt`, read in the viewer's time zone); a returned task counts once, when closed.
   */
  onTimeRate: number | null;
  /** Led tasks signed for ÷ led tasks; null when it leads none. */
  signOffRate: number | null;
  /**
   * Led open tasks without a report from their lead department in the board's current reporting period
   * (进展未反馈; the period of `GET /api/boards/:boardId/reporting`, in the server's time zone).
   */
  reportsMissing: number;
  /** Tasks it cooperates on (配合), counted apart from those it leads. */
  cooperating: number;
}

export type StatsTotals = Omit<
  DepartmentStats,
  'departmentId' | 'name' | 'led' | 'cooperating' | 'longestSignOffWaitDays' | 'furthestOverdueDays'
> & {
  /**
   * Every task counted (with or without a lead department); `signOffRate` counts the tasks with a lead
   * department.
   */
  tasks: number;
};

/** One board's share of the figures (for links from a figure to that board's table). */
export interface BoardStatsEntry {
  boardId: string;
  title: string;
  /** Archived boards are counted by the board route only; `GET /api/stats` leaves them out. */
  archived: boolean;
  totals: StatsTotals;
}

export interface TaskStats {
  /** When the figures were counted (ISO instant). */
  asOf: string;
  /** The time zone days were read in (the `tz` asked for, or the server's), and today there. */
  timeZone: string;
  today: CalendarDate;
  totals: StatsTotals;
  /** Every department that leads or cooperates on a counted task, by name. */
  departments: DepartmentStats[];
  /**
   * Per board counted, in the boards list's order (oldest first): one entry for the board route, every
   * visible board in use for `GET /api/stats` (boards with no matching task included, with zeros).
   */
  boards: BoardStatsEntry[];
}

/** Pushed to a socket that watches the dashboard when a board it may see changes (see protocol.ts). */
export interface StatsChangedNotice {
  boardId: string;
  /** The board's event log position after the change. */
  seq: number;
}

export type RankingList = 'red' | 'yellow' | 'green';

/** More days than this unsigned puts a department on the yellow list. */
export const SIGN_OFF_WAIT_YELLOW_DAYS = 3;

/**
 * The office's published rankings (红黄绿榜): red, departments with overdue tasks, most overdue first (then
 * the furthest past its deadline, then the lower on-time rate); yellow, none overdue but closed late, signed
 * for late (over SIGN_OFF_WAIT_YELLOW_DAYS days waiting) or reports missing, worst on-time rate first;
 * green, all on time. Departments leading nothing are not ranked.
 */
export function rankDepartments(
  departments: readonly DepartmentStats[],
): Record<RankingList, DepartmentStats[]> {
  const ranked: Record<RankingList, DepartmentStats[]> = { red: [], yellow: [], green: [] };
  for (const department of departments) {
    if (department.led === 0) continue;
    ranked[rankingListOf(department)].push(department);
  }
  const rate = (department: DepartmentStats) => department.onTimeRate ?? 1;
  const byName = (a: DepartmentStats, b: DepartmentStats) => a.name.localeCompare(b.name);
  ranked.red.sort(
    (a, b) =>
      b.overdue - a.overdue ||
      (b.furthestOverdueDays ?? 0) - (a.furthestOverdueDays ?? 0) ||
      rate(a) - rate(b) ||
      byName(a, b),
  );
  ranked.yellow.sort((a, b) => rate(a) - rate(b) || b.reportsMissing - a.reportsMissing || byName(a, b));
  ranked.green.sort((a, b) => b.done - a.done || byName(a, b));
  return ranked;
}

export function rankingListOf(department: DepartmentStats): RankingList {
  if (department.overdue > 0) return 'red';
  const closedLate = department.onTimeRate !== null && department.onTimeRate < 1;
  const signedLate = (department.longestSignOffWaitDays ?? 0) > SIGN_OFF_WAIT_YELLOW_DAYS;
  if (closedLate || signedLate || department.reportsMissing > 0) return 'yellow';
  return 'green';
}
