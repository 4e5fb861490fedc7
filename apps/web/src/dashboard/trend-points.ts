import { addDays, type CalendarDate, type TaskTrend, type TrendDay } from '@duban/contracts';

/** The ranges the history charts offer: the last 30 or 90 days, or this year so far. */
export const TREND_RANGES = ['30', '90', 'year'] as const;
export type TrendRangeChoice = (typeof TREND_RANGES)[number];

/** The days a choice asks for, ending today (in the viewer's zone). */
export function trendRangeOf(
  choice: TrendRangeChoice,
  today: CalendarDate,
): { from: CalendarDate; to: CalendarDate } {
  if (choice === 'year') return { from: `${today.slice(0, 4)}-01-01`, to: today };
  return { from: addDays(today, -(Number(choice) - 1)), to: today };
}

/** A day of the charts: its figures and its date as the viewer reads it ("Mar 5", "3月5日"). */
export interface TrendPoint extends TrendDay {
  label: string;
}

/** A calendar date in the viewer's language, without the year unless asked. */
export function dayLabel(date: CalendarDate, language: string, withYear = false): string {
  // Noon UTC of that day, read in UTC: the same date whatever the browser's zone.
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** The API's days as the charts draw them. */
export function trendPoints(trend: TaskTrend, language: string): TrendPoint[] {
  return trend.days.map((day) => ({ ...day, label: dayLabel(day.date, language) }));
}

/** The last day's figures, for the charts' spoken summary; null for an empty range. */
export function lastDay(trend: TaskTrend): TrendDay | null {
  return trend.days[trend.days.length - 1] ?? null;
}
