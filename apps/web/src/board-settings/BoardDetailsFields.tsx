import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { TextField } from '../ui/TextField';
import type { BoardSettingsFormValues } from './board-settings-form';
import type { SettingsProblems } from './settings-problems';
import { SettingsProblemMessage, settingsProblemText } from './SettingsProblemMessage';

interface BoardDetailsFieldsProps {
  values: BoardSettingsFormValues;
  problems: SettingsProblems;
  onChange: (changes: Partial<BoardSettingsFormValues>) => void;
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** What the board is (title, description, the meeting minutes it comes from) and who may see it. */
export function BoardDetailsFields({ values, problems, onChange }: BoardDetailsFieldsProps) {
  const { t } = useTranslation(['common', 'boardSettings', 'table']);
  const { departments } = useDirectory();
  const id = useId();
  const visibilityHintId = `${id}-visibility-hint`;
  const departmentOptions = departments
    .map((department) => ({ value: department.id, label: department.name }))
    .sort(byLabel);

  return (
    <section className="board-settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('boardSettings:section.board')}</h3>
      <div className="form-dialog-fields">
        <TextField
          id={`${id}-title`}
          label={t('field.title')}
          problem={settingsProblemText(problems.title)}
          wide
          required
          value={values.title}
          onChange={(title) => onChange({ title })}
        />
        <TextField
          id={`${id}-description`}
          label={t('field.description')}
          problem={settingsProblemText(problems.description)}
          rows={3}
          value={values.description}
          onChange={(description) => onChange({ description })}
        />
        <TextField
          id={`${id}-source`}
          label={t('boardSettings:field.source')}
          hint={t('boardSettings:hint.source')}
          problem={settingsProblemText(problems.source)}
          rows={3}
          value={values.source}
          onChange={(source) => onChange({ source })}
        />
        <CheckboxGroup
          legend={t('boardSettings:field.departments')}
          className="form-row form-row-wide form-checkboxes board-settings-departments"
          options={departmentOptions}
          selected={values.departmentIds}
          onChange={(departmentIds) => onChange({ departmentIds })}
          describedBy={visibilityHintId}
          invalid={problems.departmentIds !== undefined}
          emptyText={t('table:create.noOptions')}
          footer={
            <>
              {problems.departmentIds && (
                <p className="form-problem">
                  <SettingsProblemMessage problem={problems.departmentIds} />
                </p>
              )}
              <p id={visibilityHintId} className="form-hint muted">
                {t('boardSettings:hint.departments')}
              </p>
            </>
          }
        />
      </div>
    </section>
  );
}
