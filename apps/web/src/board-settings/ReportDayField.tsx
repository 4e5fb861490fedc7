import type { ReportCadence } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/SelectField';
import { ISO_WEEKDAYS, reportDayOptions } from './report-days';
import type { SettingsProblem } from './settings-problems';
import { settingsProblemText } from './SettingsProblemMessage';

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
    ? ISO_WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekday.${day}`) }))
    : reportDayOptions(cadence).map((day) => ({ value: String(day), label: t('dayOfMonth', { day }) }));
  return (
    <SelectField
      id={id}
      label={weekly ? t('field.reportDayWeekly') : t('field.reportDayMonthly')}
      hint={weekly ? t('hint.reportDayWeekly') : t('hint.reportDayMonthly')}
      problem={settingsProblemText(problem)}
      value={value}
      options={options}
      onChange={onChange}
    />
  );
}
