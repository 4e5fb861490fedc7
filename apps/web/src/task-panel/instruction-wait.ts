import { calendarDateOf, daysBetween } from '@duban/contracts';

/** Whole calendar days, in this browser's zone, from the day an instruction was given to `now` (0 that day). */
export function waitingDays(givenAt: string, now: Date): number {
  return Math.max(0, daysBetween(calendarDateOf(new Date(givenAt)), calendarDateOf(now)));
}
