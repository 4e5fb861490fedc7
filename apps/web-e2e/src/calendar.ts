import { localToday } from '@duban/contracts';

/** A calendar day `daysFromToday` away in the browser's (and this machine's) time zone, "YYYY-MM-DD". */
export function localDay(daysFromToday: number): string {
  const day = new Date();
  day.setDate(day.getDate() + daysFromToday);
  return localToday(day);
}
