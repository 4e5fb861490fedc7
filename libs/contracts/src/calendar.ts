import { TZDate } from '@date-fns/tz';
import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  format,
  getISODay,
  isValid,
  parse,
  setDate,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';

/**
 * Calendar dates ("YYYY-MM-DD", like deadlines) and their arithmetic, for the API and the browser alike.
 * A calendar date names a day, not a moment: it is read in the local time zone (the server's TZ, the
 * reader's browser) and counted in whole days, so a DST change never makes a day 23 or 25 hours long.
 */

/** "YYYY-MM-DD". */
export type CalendarDate = string;

const PATTERN = 'yyyy-MM-dd';
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar day written "YYYY-MM-DD" (no 30 February, no 2021-13-01). */
export function isCalendarDate(value: string): boolean {
  return SHAPE.test(value) && isValid(parse(value, PATTERN, new Date(0)));
}

/** The start of the day in the local time zone; throws a RangeError for anything but a real calendar day. */
export function startOfDayMoment(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: "${date}"`);
  return parse(date, PATTERN, new Date(0));
}

/**
 * The instant a day starts in the local time zone, as ISO with the local offset
 * ("2021-05-01T00:00:00+08:00"): for a server that does not know the reader's time zone.
 */
export function startOfDayIso(date: CalendarDate): string {
  return format(startOfDayMoment(date), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The instant a day starts in the IANA `timeZone` (null: the local one), daylight-saving changes included. */
export function startOfDayIn(date: CalendarDate, timeZone: string | null): Date {
  const local = startOfDayMoment(date);
  if (timeZone === null) return local;
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), timeZone).getTime());
}

/** The calendar date of a moment in the local time zone. */
export function calendarDateOf(moment: Date): CalendarDate {
  return format(moment, PATTERN);
}

/** Today where the code runs, as of `now`. */
export function today(now: Date): CalendarDate {
  return calendarDateOf(now);
}

/** The calendar date `days` days after `date` (before it, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(addDaysToDate(startOfDayMoment(date), days));
}

/** Whole days from `from` to `to`: negative when `to` comes first. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(startOfDayMoment(to), startOfDayMoment(from));
}

/** ISO weekday of `date`: 1 Monday … 7 Sunday. */
export function isoWeekday(date: CalendarDate): number {
  return getISODay(startOfDayMoment(date));
}

/** The Monday of the ISO week (Monday to Sunday) `date` falls in. */
export function isoWeekStart(date: CalendarDate): CalendarDate {
  return calendarDateOf(startOfISOWeek(startOfDayMoment(date)));
}

/** The first day of the month `date` falls in. */
export function monthStart(date: CalendarDate): CalendarDate {
  return calendarDateOf(startOfMonth(startOfDayMoment(date)));
}

/** Day `day` of the month `date` falls in; past the month's end it runs into the next month. */
export function monthDay(date: CalendarDate, day: number): CalendarDate {
  return calendarDateOf(setDate(startOfDayMoment(date), day));
}

const DAY_MS = 86_400_000;

/**
 * `date` as a whole number of days since 1970-01-01, for arithmetic over many dates in a loop (a replay of
 * 10,000 tasks): the same count as `daysBetween`, without parsing a pattern each time.
 */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The calendar date of a `dayNumber`. */
export function dateOfDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
