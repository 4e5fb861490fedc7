const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "3 minutes ago" / "3分钟前" for the last week; an ordinary local date and time before that. */
export function relativeTime(at: string, now: Date, locale: string): string {
  const then = new Date(at);
  let amount = (then.getTime() - now.getTime()) / 1000;
  if (Math.abs(amount) < 10)
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second');
  for (const [unit, perNext] of UNITS) {
    if (Math.abs(Math.round(amount)) < perNext) {
      return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(amount), unit);
    }
    amount /= perNext;
  }
  return localDateTime(at, locale);
}

/** The full local date and time, for tooltips and old entries. */
export function localDateTime(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
