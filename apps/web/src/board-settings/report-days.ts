import type { ReportCadence } from '@duban/contracts';
import { numberRange, type BoardSettingsFormValues } from './board-settings-form';

/** ISO weekdays, 1 Monday … 7 Sunday: what a weekly report day names. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Where a weekly cadence starts when the current day is no weekday: Friday, the usual weekly report day. */
export const DEFAULT_WEEKDAY = 5;

/** The days a report may be due by: weekdays for a weekly cadence, days of the month for a monthly one. */
export function reportDayOptions(cadence: ReportCadence): readonly number[] {
  switch (cadence) {
    case 'none':
      return [];
    case 'weekly':
      return ISO_WEEKDAYS;
    case 'monthly': {
      const { min, max } = numberRange('reportDay');
      return Array.from({ length: max - min + 1 }, (_, index) => min + index);
    }
  }
}

/** A new cadence, with the report day moved to one the cadence offers if the current one is not. */
export function cadenceChange(
  values: Pick<BoardSettingsFormValues, 'reportDay'>,
  reportCadence: ReportCadence,
): Partial<BoardSettingsFormValues> {
  const options = reportDayOptions(reportCadence);
  if (options.length === 0 || options.includes(Number(values.reportDay))) return { reportCadence };
  return { reportCadence, reportDay: String(reportCadence === 'weekly' ? DEFAULT_WEEKDAY : options[0]) };
}
