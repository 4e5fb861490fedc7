import { addDays, today } from '@duban/contracts';

/** A calendar day `daysFromToday` away in the browser's (and this machine's) time zone, "YYYY-MM-DD". */
export function localDay(daysFromToday: number): string {
  return addDays(today(new Date()), daysFromToday);
}
