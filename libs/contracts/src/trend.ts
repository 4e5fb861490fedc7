import { z } from 'zod';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  isCalendarDate,
  type CalendarDate,
} from './calendar';
import type { BoardEvent, BoardEventType } from './events';
import { calendarDateIn, statsQuerySchema } from './stats';
import { matchesTaskFilters, NO_TASK_FILTERS, type TaskFilters, type TaskNames } from './task-filters';
import type { TaskView } from './tasks';

/**
 * The dashboard's history charts (burn-up, overdue over time), recomputed from the event log: every task.*
 * event carries the whole task as it became, so replaying a board's events in seq order gives the state of
 * every task at the end of any past day. Nothing else is stored: the log is the only source.
 */

/** The longest range one request may ask for, in days (a year and a bit). */
export const MAX_TREND_DAYS = 400;
/** The range when none is asked for: the last 30 days, today included. */
export const DEFAULT_TREND_DAYS = 30;

const trendDateSchema = z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD');

/**
 * `GET /api/boards/:boardId/stats/trend` and `GET /api/stats/trend`: the stats' query (the table's filters
 * and `tz`) and a range of days `from`–`to` (both included, "YYYY-MM-DD" in `tz`); the last 30 days to today
 * when left out.
 */
export const trendQuerySchema = statsQuerySchema
  .extend({ from: trendDateSchema.optional(), to: trendDateSchema.optional() })
  .superRefine((query, context) => {
    if (query.from === undefined || query.to === undefined) return;
    if (!isCalendarDate(query.from) || !isCalendarDate(query.to)) return;
    const problem = rangeProblem(query.from, query.to);
    if (problem) context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
export type TrendQuery = z.infer<typeof trendQuerySchema>;

export interface TrendRange {
  from: CalendarDate;
  to: CalendarDate;
}

/** What is wrong with a range, on the field to blame; null when it is fine. */
function rangeProblem(
  from: CalendarDate,
  to: CalendarDate,
): { field: 'from' | 'to'; message: string } | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { field: 'from', message: 'must be on or before to' };
  if (days > MAX_TREND_DAYS)
    return { field: 'from', message: `the range may span at most ${MAX_TREND_DAYS} days` };
  return null;
}

/**
 * The range a query asks for, its missing ends filled in from `today` (in its zone): `to` today, `from`
 * 29 days before `to`. The problem, on the field to blame, when the range is reversed or too long.
 */
export function resolveTrendRange(
  query: { from?: string; to?: string },
  today: CalendarDate,
): TrendRange | { field: 'from' | 'to'; message: string } {
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const from = query.from ?? addDays(to, -(DEFAULT_TREND_DAYS - 1));
  return rangeProblem(from, to) ?? { from, to };
}

/** One day's figures, as they stood at the end of that day. */
export interface TrendDay {
  date: CalendarDate;
  /** Tasks whose deadline is on or before this day (closed ones too): the burn-up's target line. */
  due: number;
  /** Tasks closed (done, verified) at the end of this day. */
  closed: number;
  /** Tasks open at the end of this day whose deadline was before it. */
  overdue: number;
  /** Tasks not closed at the end of this day. */
  open: number;
}

export interface TaskTrend {
  /** The zone days were read in (the `tz` asked for, or the server's). */
  timeZone: string;
  from: CalendarDate;
  to: CalendarDate;
  /** Every day from `from` to `to`, oldest first. */
  days: TrendDay[];
}

/**
 * The events that change a task's figures, each carrying the task as it became (or, deleted, its id). Light
 * changes are left out: the light is the scheduler's reading of the deadline and status, which the replay
 * reads itself, day by day.
 */
export const TREND_EVENT_TYPES = [
  'task.created',
  'task.updated',
  'task.moved',
  'task.deleted',
  'task.acknowledged',
  'task.submitted',
  'task.verified',
  'task.returned',
  'task.reopened',
] as const satisfies readonly BoardEventType[];
const TREND_EVENT_TYPE_SET = new Set<string>(TREND_EVENT_TYPES);

/**
 * The fields of a task the replay reads under `filters`: its figures (status, deadline) and what the active
 * filters look at. A reader of the log may fetch only these rather than the whole task each event carries;
 * the replay fills in the rest with empty values.
 */
export function trendTaskFields(filters: TaskFilters): (keyof TaskView)[] {
  const fields = new Set<keyof TaskView>(['id', 'status', 'deadline']);
  const add = (...more: (keyof TaskView)[]) => more.forEach((field) => fields.add(field));
  if (filters.kind !== null) add('kind');
  if (filters.departmentId !== null) add('leadDepartmentId', 'cooperatingDepartmentIds');
  if (filters.assigneeId !== null) add('assigneeIds');
  if (filters.text.trim() !== '') {
    add('title', 'description', 'leadDepartmentId', 'cooperatingDepartmentIds', 'responsibleLeaderId');
    add('assigneeIds');
  }
  return [...fields];
}

/** What the replay reads of an event. */
export type TrendEvent = Pick<BoardEvent, 'type' | 'at' | 'data'>;

/** Minutes in which every time zone's date stays the same (offsets are whole quarter hours). */
const QUARTER_HOUR_MS = 15 * 60 * 1000;

const NO_NAMES: TaskNames = { departmentName: () => '', userName: () => '' };

/** The calendar dates from `from` to `to`, both included. */
function datesOf({ from, to }: TrendRange): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day += 1) dates.push(dateOfDayNumber(day));
  return dates;
}

/**
 * The day of an instant in a zone, by quarter hour (every zone's offset is whole quarter hours): events
 * come in bursts, and reading a day in a zone costs tens of microseconds. A memo of a pure function, not a
 * store: emptied when it grows large.
 */
const DAY_OF_QUARTER = new Map<string, Map<number, CalendarDate>>();
const MAX_REMEMBERED_QUARTERS = 100_000;
let rememberedQuarters = 0;

function dayIn(at: string, timeZone: string | null): CalendarDate {
  const moment = new Date(at);
  const quarter = Math.floor(moment.getTime() / QUARTER_HOUR_MS);
  const zone = timeZone ?? '';
  let days = DAY_OF_QUARTER.get(zone);
  if (!days) {
    days = new Map();
    DAY_OF_QUARTER.set(zone, days);
  }
  let day = days.get(quarter);
  if (day === undefined) {
    if (rememberedQuarters >= MAX_REMEMBERED_QUARTERS) {
      DAY_OF_QUARTER.clear();
      rememberedQuarters = 0;
      days = new Map();
      DAY_OF_QUARTER.set(zone, days);
    }
    day = calendarDateIn(moment, timeZone);
    days.set(quarter, day);
    rememberedQuarters += 1;
  }
  return day;
}

/**
 * What a counted task adds to the range's days: `dueFrom`, the first day (index in the range) whose end
 * finds it due (deadline on or before it); `overdueFrom`, the first that finds it overdue (deadline before
 * it) if it is open. Null when that never happens within the range.
 */
interface CountedTask {
  closed: boolean;
  dueFrom: number | null;
  overdueFrom: number | null;
}

/**
 * Replays one board's events, fed in seq order, into the figures of each day of `range`. An event counts on
 * the day it happened in `timeZone` (null: where the code runs); an event that is dated before the one
 * preceding it (clocks are not perfect) counts on the preceding one's day, so the days only move forward.
 * A deleted task leaves, a reopened one comes back open, a deadline change counts from the day it was made.
 * The table's `filters` apply to each day's state of a task; "overdue only" is read on each day.
 *
 * Each task adds itself to a histogram of the range's days by the day it falls due (and overdue), so an
 * event costs the same whatever the board's size and a day costs at most the range's length.
 */
export class TrendReplay {
  /** The tasks that match the filters (all but "overdue only", which depends on the day), by id. */
  private readonly tasks = new Map<string, CountedTask>();
  private readonly dates: CalendarDate[];
  private readonly firstDay: number;
  /** How many counted tasks fall due on each day of the range (the first day: on it or before). */
  private readonly dueOn: number[];
  /** How many counted open tasks become overdue on each day of the range (the first: on it or before). */
  private readonly overdueOn: number[];
  private closed = 0;
  private open = 0;
  /** dueOn and overdueOn summed over the days already counted (index below `next`). */
  private dueBefore = 0;
  private overdueBefore = 0;
  private readonly days: TrendDay[] = [];
  /** The day of the latest event applied. */
  private day: CalendarDate | null = null;
  /** The first day of the range (index) whose figures are not counted yet. */
  private next = 0;
  private readonly dayFilters: TaskFilters;

  constructor(
    private readonly range: TrendRange,
    private readonly timeZone: string | null,
    private readonly filters: TaskFilters = NO_TASK_FILTERS,
    private readonly names: TaskNames = NO_NAMES,
  ) {
    this.dates = datesOf(range);
    this.firstDay = dayNumber(range.from);
    this.dueOn = this.dates.map(() => 0);
    this.overdueOn = this.dates.map(() => 0);
    this.dayFilters = { ...filters, overdueOnly: false };
  }

  /**
   * Applies the next event (any other than TREND_EVENT_TYPES only moves the day on). False once the events
   * are past the range's last day: the rest cannot change its figures, so the caller may stop reading.
   */
  add(event: TrendEvent): boolean {
    const eventDay = dayIn(event.at, this.timeZone);
    const day = this.day === null || eventDay > this.day ? eventDay : this.day;
    if (day > this.range.to) return false;
    this.countDaysBefore(day);
    this.day = day;
    if (event.type === 'task.deleted') this.leave(event.data.id);
    else if (TREND_EVENT_TYPE_SET.has(event.type)) {
      const task = withDefaults(event.data as TaskView);
      this.leave(task.id);
      // Only "overdue only" reads the day, and countOn reads it: any day will do here.
      if (matchesTaskFilters(task, this.dayFilters, day, this.names)) this.enter(task);
    }
    return true;
  }

  /** The figures of every day of the range, oldest first; the days after the last event keep its state. */
  finish(): TrendDay[] {
    this.countDaysBefore(null);
    return this.days;
  }

  private enter(task: TaskView): void {
    const closed = task.status === 'done';
    const deadline = task.deadline === null ? null : dayNumber(task.deadline) - this.firstDay;
    const within = (index: number | null) =>
      index === null || index >= this.dates.length ? null : Math.max(0, index);
    const counted: CountedTask = {
      closed,
      dueFrom: within(deadline),
      overdueFrom: closed || deadline === null ? null : within(deadline + 1),
    };
    this.tasks.set(task.id, counted);
    this.tally(counted, 1);
  }

  private leave(id: string): void {
    const counted = this.tasks.get(id);
    if (!counted) return;
    this.tasks.delete(id);
    this.tally(counted, -1);
  }

  private tally({ closed, dueFrom, overdueFrom }: CountedTask, sign: 1 | -1): void {
    if (closed) this.closed += sign;
    else this.open += sign;
    // A day already counted is summed already: the sums move with it.
    if (dueFrom !== null) {
      this.dueOn[dueFrom] = (this.dueOn[dueFrom] ?? 0) + sign;
      if (dueFrom < this.next) this.dueBefore += sign;
    }
    if (overdueFrom !== null) {
      this.overdueOn[overdueFrom] = (this.overdueOn[overdueFrom] ?? 0) + sign;
      if (overdueFrom < this.next) this.overdueBefore += sign;
    }
  }

  /** Counts the days of the range before `day` (every one left, for null) not counted yet. */
  private countDaysBefore(day: CalendarDate | null): void {
    for (let date = this.dates[this.next]; date !== undefined && (day === null || date < day);) {
      this.dueBefore += this.dueOn[this.next] ?? 0;
      this.overdueBefore += this.overdueOn[this.next] ?? 0;
      this.days.push(this.countOn(date));
      this.next += 1;
      date = this.dates[this.next];
    }
  }

  private countOn(date: CalendarDate): TrendDay {
    const due = this.dueBefore;
    const overdue = this.overdueBefore;
    // "Overdue only": the tasks open and past their deadline that day, and nothing else.
    if (this.filters.overdueOnly) return { date, due: overdue, closed: 0, overdue, open: overdue };
    return { date, due, closed: this.closed, overdue, open: this.open };
  }
}

/** Tasks logged before a field existed lack it; the filters read these. */
function withDefaults(task: TaskView): TaskView {
  return {
    ...task,
    deadline: task.deadline ?? null,
    title: task.title ?? '',
    kind: task.kind ?? 'task',
    description: task.description ?? '',
    leadDepartmentId: task.leadDepartmentId ?? null,
    cooperatingDepartmentIds: task.cooperatingDepartmentIds ?? [],
    responsibleLeaderId: task.responsibleLeaderId ?? null,
    assigneeIds: task.assigneeIds ?? [],
  };
}

/** Several boards' days (each over the same range) added up, day by day. */
export function sumTrendDays(boards: readonly (readonly TrendDay[])[], range: TrendRange): TrendDay[] {
  const days: TrendDay[] = [];
  for (const [index, date] of datesOf(range).entries()) {
    const day: TrendDay = { date, due: 0, closed: 0, overdue: 0, open: 0 };
    for (const board of boards) {
      const figures = board[index];
      if (!figures) continue;
      day.due += figures.due;
      day.closed += figures.closed;
      day.overdue += figures.overdue;
      day.open += figures.open;
    }
    days.push(day);
  }
  return days;
}
