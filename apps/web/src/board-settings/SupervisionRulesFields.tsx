import { REPORT_CADENCES } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/SelectField';
import type { BoardSettingsFormValues } from './board-settings-form';
import { DaysField } from './DaysField';
import { ReportDayField } from './ReportDayField';
import { cadenceChange } from './report-days';
import type { SettingsProblems } from './settings-problems';
import { settingsProblemText } from './SettingsProblemMessage';

interface SupervisionRulesFieldsProps {
  values: BoardSettingsFormValues;
  problems: SettingsProblems;
  onChange: (changes: Partial<BoardSettingsFormValues>) => void;
}

/** How the board is supervised: when the light turns yellow, how often departments report, when to escalate. */
export function SupervisionRulesFields({ values, problems, onChange }: SupervisionRulesFieldsProps) {
  const { t } = useTranslation('boardSettings');
  const id = useId();
  const cadence = values.reportCadence;

  return (
    <section className="board-settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('section.supervision')}</h3>
      <div className="form-dialog-fields">
        <DaysField
          id={`${id}-due-soon`}
          field="dueSoonDays"
          label={t('field.dueSoonDays')}
          hint={t('hint.dueSoonDays')}
          value={values.dueSoonDays}
          problem={problems.dueSoonDays}
          onChange={(dueSoonDays) => onChange({ dueSoonDays })}
        />
        <DaysField
          id={`${id}-escalation`}
          field="escalationDays"
          label={t('field.escalationDays')}
          hint={t('hint.escalationDays')}
          value={values.escalationDays}
          problem={problems.escalationDays}
          onChange={(escalationDays) => onChange({ escalationDays })}
        />
        <SelectField
          id={`${id}-cadence`}
          label={t('field.reportCadence')}
          hint={t('hint.reportCadence')}
          problem={settingsProblemText(problems.reportCadence)}
          value={cadence}
          options={REPORT_CADENCES.map((option) => ({ value: option, label: t(`cadence.${option}`) }))}
          onChange={(value) => {
            const next = REPORT_CADENCES.find((option) => option === value) ?? 'none';
            onChange(cadenceChange(values, next));
          }}
        />
        {cadence !== 'none' && (
          <ReportDayField
            id={`${id}-report-day`}
            cadence={cadence}
            value={values.reportDay}
            problem={problems.reportDay}
            onChange={(reportDay) => onChange({ reportDay })}
          />
        )}
      </div>
    </section>
  );
}
