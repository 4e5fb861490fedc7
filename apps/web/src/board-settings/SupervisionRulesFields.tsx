import { REPORT_CADENCES } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardSettingsFormValues } from './board-settings-form';
import { DaysField } from './DaysField';
import { ReportDayField } from './ReportDayField';
import { cadenceChange } from './report-days';
import type { SettingsProblems } from './settings-problems';
import { describedBy, SettingsRow } from './SettingsRow';

interface SupervisionRulesFieldsProps {
  values: BoardSettingsFormValues;
  problems: SettingsProblems;
  onChange: (changes: Partial<BoardSettingsFormValues>) => void;
}

/** How the board is supervised: when the light turns yellow, how often departments report, when to escalate. */
export function SupervisionRulesFields({ values, problems, onChange }: SupervisionRulesFieldsProps) {
  const { t } = useTranslation('boardSettings');
  const id = useId();
  const cadenceId = `${id}-cadence`;
  const cadenceHint = t('hint.reportCadence');
  const cadence = values.reportCadence;

  return (
    <section className="board-settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('section.supervision')}</h3>
      <div className="board-settings-fields">
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
        <SettingsRow
          id={cadenceId}
          label={t('field.reportCadence')}
          hint={cadenceHint}
          problem={problems.reportCadence}
        >
          <select
            id={cadenceId}
            value={cadence}
            onChange={(event) => {
              const next = REPORT_CADENCES.find((option) => option === event.target.value) ?? 'none';
              onChange(cadenceChange(values, next));
            }}
            {...describedBy(cadenceId, { hint: cadenceHint, problem: problems.reportCadence })}
          >
            {REPORT_CADENCES.map((option) => (
              <option key={option} value={option}>
                {t(`cadence.${option}`)}
              </option>
            ))}
          </select>
        </SettingsRow>
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
