import { REPORT_CADENCES } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormBinding } from '../ui/form/form-binding';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import { numberRange, type BoardSettingsFormValues } from './board-settings-form';
import { ReportDayField } from './ReportDayField';
import { cadenceChange } from './report-days';

/** How the board is supervised: when the light turns yellow, how often departments report, when to escalate. */
export function SupervisionRulesFields({ form }: { form: FormBinding<BoardSettingsFormValues> }) {
  const { t } = useTranslation('boardSettings');
  const id = useId();
  const cadence = form.values.reportCadence;

  return (
    <section className="board-settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('section.supervision')}</h3>
      <div className="form-dialog-fields">
        <TextField
          form={form}
          name="dueSoonDays"
          type="number"
          range={numberRange('dueSoonDays')}
          label={t('field.dueSoonDays')}
          hint={t('hint.dueSoonDays')}
        />
        <TextField
          form={form}
          name="escalationDays"
          type="number"
          range={numberRange('escalationDays')}
          label={t('field.escalationDays')}
          hint={t('hint.escalationDays')}
        />
        <SelectField
          form={form}
          name="reportCadence"
          label={t('field.reportCadence')}
          hint={t('hint.reportCadence')}
          options={REPORT_CADENCES.map((option) => ({ value: option, label: t(`cadence.${option}`) }))}
          onChange={(value) => {
            const next = REPORT_CADENCES.find((option) => option === value) ?? 'none';
            form.change(cadenceChange(form.values, next));
          }}
        />
        {cadence !== 'none' && <ReportDayField form={form} cadence={cadence} />}
      </div>
    </section>
  );
}
