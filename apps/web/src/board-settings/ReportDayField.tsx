import type { ReportCadence } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { ISO_WEEKDAYS, reportDayOptions } from './report-days';
import type { SettingsProblem } from './settings-problems';
import { describedBy, SettingsRow } from './SettingsRow';

interface ReportDayFieldProps {
  id: string;
  cadence: Exclude<ReportCadence, 'none'>;
  value: string;
  problem: SettingsProblem | undefined;
  onChange: (value: string) => void;
}

/** The day reports are due by: a weekday for a weekly cadence, a day of the month for a monthly one. */
export function ReportDayField({ id, cadence, value, problem, onChange }: ReportDayFieldProps) {
  const { t } = useTranslation('boardSettings');
  const weekly = cadence === 'weekly';
  const options = weekly
    ? ISO_WEEKDAYS.map((day) => ({ day, label: t(`weekday.${day}`) }))
    : reportDayOptions(cadence).map((day) => ({ day, label: t('dayOfMonth', { day }) }));
  const hint = weekly ? t('hint.reportDayWeekly') : t('hint.reportDayMonthly');
  return (
    <SettingsRow
      id={id}
      label={weekly ? t('field.reportDayWeekly') : t('field.reportDayMonthly')}
      hint={hint}
      problem={problem}
    >
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(id, { hint, problem })}
      >
        {options.map(({ day, label }) => (
          <option key={day} value={String(day)}>
            {label}
          </option>
        ))}
      </select>
    </SettingsRow>
  );
}
