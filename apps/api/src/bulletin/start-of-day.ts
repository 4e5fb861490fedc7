import { startOfDayMoment, type CalendarDate } from '@duban/contracts';
import { wallClock } from '../exports/export-rows';

/** The instant `date` starts in the IANA zone (null: the server's), daylight-saving changes included. */
export function startOfDayIn(date: CalendarDate, timeZone: string | null): Date {
  if (timeZone === null) return startOfDayMoment(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const midnightUtc = Date.UTC(year, month - 1, day);
  // The zone's offset at an instant: how far its wall clock is ahead of UTC.
  const offset = (instant: number) => wallClock(new Date(instant), timeZone).getTime() - instant;
  const first = midnightUtc - offset(midnightUtc);
  return new Date(midnightUtc - offset(first));
}
