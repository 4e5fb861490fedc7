import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import type { BoardSettingsFormValues } from './board-settings-form';
import type { SettingsProblems } from './settings-problems';
import { SettingsProblemMessage } from './SettingsProblemMessage';
import { describedBy, SettingsRow } from './SettingsRow';

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
  const ids = {
    heading: `${id}-heading`,
    title: `${id}-title`,
    description: `${id}-description`,
    source: `${id}-source`,
    visibilityHint: `${id}-visibility-hint`,
  };
  const sourceHint = t('boardSettings:hint.source');
  const departmentOptions = departments
    .map((department) => ({ value: department.id, label: department.name }))
    .sort(byLabel);

  return (
    <section className="board-settings-section" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('boardSettings:section.board')}</h3>
      <div className="board-settings-fields">
        <SettingsRow id={ids.title} label={t('field.title')} problem={problems.title} wide>
          <input
            id={ids.title}
            value={values.title}
            required
            onChange={(event) => onChange({ title: event.target.value })}
            {...describedBy(ids.title, { problem: problems.title })}
          />
        </SettingsRow>
        <SettingsRow id={ids.description} label={t('field.description')} problem={problems.description}>
          <textarea
            id={ids.description}
            rows={3}
            value={values.description}
            onChange={(event) => onChange({ description: event.target.value })}
            {...describedBy(ids.description, { problem: problems.description })}
          />
        </SettingsRow>
        <SettingsRow
          id={ids.source}
          label={t('boardSettings:field.source')}
          hint={sourceHint}
          problem={problems.source}
        >
          <textarea
            id={ids.source}
            rows={3}
            value={values.source}
            onChange={(event) => onChange({ source: event.target.value })}
            {...describedBy(ids.source, { hint: sourceHint, problem: problems.source })}
          />
        </SettingsRow>
        <CheckboxGroup
          legend={t('boardSettings:field.departments')}
          className="board-settings-row board-settings-row-wide board-settings-checkboxes"
          options={departmentOptions}
          selected={values.departmentIds}
          onChange={(departmentIds) => onChange({ departmentIds })}
          describedBy={ids.visibilityHint}
          invalid={problems.departmentIds !== undefined}
          emptyText={t('table:create.noOptions')}
          footer={
            <>
              {problems.departmentIds && (
                <p className="board-settings-problem">
                  <SettingsProblemMessage problem={problems.departmentIds} />
                </p>
              )}
              <p id={ids.visibilityHint} className="board-settings-hint muted">
                {t('boardSettings:hint.departments')}
              </p>
            </>
          }
        />
      </div>
    </section>
  );
}
