import type { ReportCadence } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import type { FormBinding } from '../ui/form/form-binding';
import { SelectField } from '../ui/form/SelectField';
import type { BoardSettingsFormValues } from './board-settings-form';
import { ISO_WEEKDAYS, reportDayOptions } from './report-days';

interface ReportDayFieldProps {
  form: FormBinding<BoardSettingsFormValues>;
  cadence: Exclude<ReportCadence, 'none'>;
}

/** The day reports are due by: a weekday for a weekly cadence, a day of the month for a monthly one. */
export function ReportDayField({ form, cadence }: ReportDayFieldProps) {
  const { t } = useTranslation('boardSettings');
  const weekly = cadence === 'weekly';
  const options = weekly
    ? ISO_WEEKDAYS.map((day) => ({ value: String(day), label: t(`weekday.${day}`) }))
    : reportDayOptions(cadence).map((day) => ({ value: String(day), label: t('dayOfMonth', { day }) }));
  return (
    <SelectField
      form={form}
      name="reportDay"
      label={weekly ? t('field.reportDayWeekly') : t('field.reportDayMonthly')}
      hint={weekly ? t('hint.reportDayWeekly') : t('hint.reportDayMonthly')}
      options={options}
    />
  );
}
