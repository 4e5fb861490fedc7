import { z } from 'zod';
import { addDays, daysBetween, isCalendarDate, monthStart, type CalendarDate } from './calendar';
import { UI_LANGUAGES, type UiLanguage } from './users';
import { isTimeZone, type DepartmentStats, type RankingList, type StatsTotals } from './stats';
import type { TaskStatus } from './common';
import type { InstructionItem } from './instructions';
import type { TrendDay } from './trend';

/**
 * The supervision bulletin (督办通报, the issue's "circular"): what a supervision office hands upward for a
 * period. `GET /api/boards/:boardId/circular?from=&to=` answers it as JSON (the page renders it) and
 * `GET /api/boards/:boardId/circular.xlsx` as a workbook. The period is whole calendar days, `from` to `to`
 * inclusive, read in the reader's time zone `tz`.
 */

/** The longest period a bulletin covers, in days (a year, leap years included). */
export const MAX_BULLETIN_DAYS = 366;

const periodDate = z
  .string()
  .refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD' });

/** `from`/`to` (both optional: this month by default), `tz` (IANA zone) and `lang` (for the workbook). */
export const bulletinQuerySchema = z
  .strictObject({
    from: periodDate.optional(),
    to: periodDate.optional(),
    tz: z
      .string()
      .max(64)
      .refine(isTimeZone, { message: 'Not a known IANA time zone (such as Asia/Shanghai)' })
      .optional(),
    lang: z.enum(UI_LANGUAGES).optional(),
  })
  .superRefine((query, context) => {
    if (!query.from || !query.to || !isCalendarDate(query.from) || !isCalendarDate(query.to)) return;
    const days = daysBetween(query.from, query.to);
    if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days + 1 > MAX_BULLETIN_DAYS) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `at most ${MAX_BULLETIN_DAYS} days after from`,
      });
    }
  });
export type BulletinQuery = z.infer<typeof bulletinQuerySchema>;

export interface BulletinPeriod {
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * The period asked for, with the defaults filled: both missing, this month (its first to its last day);
 * only `from`, from it to the end of its month; only `to`, from the start of its month.
 */
export function bulletinPeriod(
  query: Pick<BulletinQuery, 'from' | 'to'>,
  today: CalendarDate,
): BulletinPeriod {
  const monthEnd = (date: CalendarDate) => addDays(monthStart(addDays(monthStart(date), 31)), -1);
  if (query.from && query.to) return { from: query.from, to: query.to };
  if (query.from) return { from: query.from, to: monthEnd(query.from) };
  if (query.to) return { from: monthStart(query.to), to: query.to };
  return { from: monthStart(today), to: monthEnd(today) };
}

export interface BulletinPerson {
  id: string;
  name: string;
}

/** A task as the bulletin lists it. */
export interface BulletinTask {
  taskId: string;
  title: string;
  status: TaskStatus;
  /** 牵头单位 and 责任领导; null when the task has none. */
  leadDepartment: BulletinPerson | null;
  responsibleLeader: BulletinPerson | null;
  deadline: CalendarDate | null;
}

/** Overdue as of `asOf`: not done, past its deadline. */
export interface BulletinOverdueTask extends BulletinTask {
  deadline: CalendarDate;
  /** Whole days from the deadline to today (in `tz`). */
  daysOverdue: number;
}

/** Closed (verified, 办结) within the period. */
export interface BulletinClosedTask extends BulletinTask {
  verifiedAt: string;
  /** The day it was verified, in `tz`. */
  closedOn: CalendarDate;
  /** Closed on or before its deadline; null without a deadline. */
  onTime: boolean | null;
}

export interface BulletinSummary {
  /** Tasks verified within the period, and how many of them on or before their deadline. */
  closedInPeriod: number;
  closedOnTimeInPeriod: number;
  /** Tasks created within the period. */
  createdInPeriod: number;
  /** Instructions given within the period, and how many of them have a response. */
  instructions: number;
  instructionsAnswered: number;
}

export interface Bulletin {
  board: { id: string; title: string };
  period: BulletinPeriod;
  /** The zone days are read in (the `tz` asked for, or the server's) and today there. */
  timeZone: string;
  today: CalendarDate;
  /**
   * When the bulletin was drawn up. The figures (`totals`, `departments`, `ranking`, `overdue`) are the
   * board's as of this moment, not at the end of the period: the stats count the tasks as they are now.
   * `summary`, `closed` and `instructions` are those of the period.
   */
  asOf: string;
  totals: StatsTotals;
  /**
   * The board at the end of the period's last day (or of today, for a period still running), replayed from
   * the event log like the trend charts: tasks due by then, closed, overdue and open. Null for a period that
   * has not begun.
   */
  atPeriodEnd: TrendDay | null;
  summary: BulletinSummary;
  /** Every department leading or cooperating on a task, by name (the stats' table). */
  departments: DepartmentStats[];
  /** The red, yellow and green lists (contracts rankDepartments), as department ids in their order. */
  ranking: Record<RankingList, string[]>;
  /** Most days overdue first. */
  overdue: BulletinOverdueTask[];
  /** In the order they were closed. */
  closed: BulletinClosedTask[];
  /**
   * Leader instructions (领导批示) given within the period (from the start of `from` to the end of `to` in
   * `tz`), oldest first, each with its response if it has one (whenever it came) and how long it waited.
   */
  instructions: InstructionItem[];
}

export type BulletinLanguage = UiLanguage;
