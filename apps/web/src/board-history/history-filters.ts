import {
  addDays,
  BOARD_EVENT_TABLE,
  type boardHistoryQuerySchema,
  HISTORY_CATEGORIES,
  HISTORY_CATEGORY_NAMES,
  isCalendarDate,
  startOfDayIso,
  startOfDayMoment,
  type BoardEvent,
  type HistoryCategory,
  type RouteQuery,
  taskIdOf,
} from '@duban/contracts';

/**
 * The board history's filters live in the URL
 * (`?view=history&actor=system&category=reminders&from=2021-05-01`), so a link shares the filtered view.
 * This module is the only place that knows the parameter names, and how the filters become the API's
 * query.
 */

/** Whose changes: a user's id, or `SYSTEM_ACTOR` for the system's (lights, automatic reminders). */
export type ActorFilter = string;
export const SYSTEM_ACTOR = 'system';

export interface HistoryFilters {
  actorId: ActorFilter | null;
  category: HistoryCategory | null;
  taskId: string | null;
  /** Calendar days in the reader's time zone, "YYYY-MM-DD"; both included. */
  from: string | null;
  to: string | null;
}

export const NO_HISTORY_FILTERS: HistoryFilters = {
  actorId: null,
  category: null,
  taskId: null,
  from: null,
  to: null,
};

const PARAM = {
  actorId: 'actor',
  category: 'category',
  taskId: 'task',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof HistoryFilters, string>;

const nonEmpty = (value: string | null): string | null => (value && value.trim() ? value.trim() : null);

/** Reads the filters from the query string; unknown or malformed values count as "no filter". */
export function parseHistoryFilters(params: URLSearchParams): HistoryFilters {
  const day = (value: string | null) => (value !== null && isCalendarDay(value) ? value : null);
  return {
    actorId: nonEmpty(params.get(PARAM.actorId)),
    category: HISTORY_CATEGORY_NAMES.find((category) => category === params.get(PARAM.category)) ?? null,
    taskId: nonEmpty(params.get(PARAM.taskId)),
    from: day(params.get(PARAM.from)),
    to: day(params.get(PARAM.to)),
  };
}

/** A copy of `params` with the filters written in; other parameters (view…) stay as they are. */
export function writeHistoryFilters(params: URLSearchParams, filters: HistoryFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAM) as (keyof HistoryFilters)[]) {
    const value = filters[key];
    if (value === null) next.delete(PARAM[key]);
    else next.set(PARAM[key], value);
  }
  return next;
}

export function hasHistoryFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** A real calendar day written "YYYY-MM-DD" (a year of four digits: a date input half typed is not one). */
export function isCalendarDay(value: string): boolean {
  return isCalendarDate(value) && Number(value.slice(0, 4)) >= 1000;
}

/** True when both days are set and the range ends before it starts (the API would find nothing). */
export function isBackwardRange(filters: Pick<HistoryFilters, 'from' | 'to'>): boolean {
  return filters.from !== null && filters.to !== null && filters.to < filters.from;
}

function localMidnight(day: string, plusDays = 0): Date {
  return startOfDayMoment(addDays(day, plusDays));
}

/**
 * The instant a calendar day starts where the reader is, as ISO with their offset
 * ("2021-05-01T00:00:00+08:00"): the server has no idea of the reader's time zone.
 */
export function startOfDayInstant(day: string, plusDays = 0): string {
  return startOfDayIso(addDays(day, plusDays));
}

export type HistoryQuery = RouteQuery<typeof boardHistoryQuerySchema>;

/** The API's query for one page (`routes.boardHistory`); unset filters stay out of it. */
export function historyRequestParams(filters: HistoryFilters, before: number | null): HistoryQuery {
  return {
    actorId: filters.actorId || undefined,
    taskId: filters.taskId || undefined,
    types: filters.category ? HISTORY_CATEGORIES[filters.category].join(',') : undefined,
    from: filters.from ? startOfDayInstant(filters.from) : undefined,
    // The API's `to` is exclusive: the day after the last one asked for, at its start.
    to: filters.to ? startOfDayInstant(filters.to, 1) : undefined,
    before: before ?? undefined,
  };
}

/** The export's query (`routes.exportBoardHistory`): the same filters, without paging. */
export function historyExportParams(filters: HistoryFilters): Omit<HistoryQuery, 'before'> {
  const { before: _paging, ...query } = historyRequestParams(filters, null);
  return query;
}

/** Whether an event that just arrived belongs in the history as filtered: the API's filter, client-side. */
export function matchesHistoryFilters(event: BoardEvent, filters: HistoryFilters): boolean {
  if (filters.actorId !== null && (event.actorId ?? SYSTEM_ACTOR) !== filters.actorId) return false;
  if (filters.taskId !== null && taskIdOf(event) !== filters.taskId) return false;
  if (filters.category !== null && BOARD_EVENT_TABLE[event.type].category !== filters.category) return false;
  const at = new Date(event.at).getTime();
  if (filters.from !== null && at < localMidnight(filters.from).getTime()) return false;
  if (filters.to !== null && at >= localMidnight(filters.to, 1).getTime()) return false;
  return true;
}
