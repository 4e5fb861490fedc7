import { assignableDepartments, minutesTaskDraftSchema } from '@duban/contracts';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { DEADLINE_RANGE } from '../tasks/task-form';
import { ChoicesField } from '../ui/form/ChoicesField';
import { maxLengthOf } from '../ui/form/field-problem';
import type { FormBinding } from '../ui/form/form-binding';
import { problemText } from '../ui/form/ProblemMessage';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import { splitPoint, type DraftValues, type ReviewDraft } from './review-drafts';
import type { DraftProblems } from './review-state';

const TITLE_LIMIT = maxLengthOf(minutesTaskDraftSchema.shape.title);
const DESCRIPTION_LIMIT = maxLengthOf(minutesTaskDraftSchema.shape.description);

interface DraftCardProps {
  draft: ReviewDraft;
  /** 1-based, as the user counts. */
  number: number;
  hasNext: boolean;
  problems: DraftProblems | undefined;
  /** The minutes the draft's span points into. */
  minutes: string;
  disabled: boolean;
  onEdit: (key: string, changes: Partial<DraftValues>) => void;
  onDrop: (key: string) => void;
  onMergeWithNext: (key: string) => void;
  onSplit: (key: string, at: number) => void;
}

/**
 * One draft under review: title, description, deadline, lead and cooperating departments (the form kit's
 * fields, as in the create dialog), why the lead was suggested, the sentence it came from, and drop / merge
 * with the next / split.
 */
export const DraftCard = memo(function DraftCard(props: DraftCardProps) {
  const { draft, number, problems = {}, disabled } = props;
  const { t, i18n } = useTranslation(['minutesImport', 'common', 'task', 'table']);
  const { departments, departmentName } = useDirectory();
  const id = useId();
  // Where the cursor last stood in the description (no selection): Split cuts there.
  const [cursor, setCursor] = useState<number | undefined>(undefined);
  const form: FormBinding<DraftValues> = {
    id,
    values: draft,
    problems,
    change: (changes) => props.onEdit(draft.key, changes),
  };
  const offered = assignableDepartments(departments, [
    draft.leadDepartmentId,
    ...draft.cooperatingDepartmentIds,
  ]).map((department) => ({ value: department.id, label: department.name }));
  const split = splitPoint(draft.description, cursor);
  const headingId = `${id}-heading`;
  const reason = draft.suggestedLeadId
    ? t('draft.suggested', { words: draft.matched.join(i18n.language === 'zh-CN' ? '、' : ', ') })
    : t('draft.noSuggestion');
  const suggested = draft.suggestedLeadId ? `${departmentName(draft.suggestedLeadId)} — ${reason}` : reason;

  return (
    <article className="minutes-draft" aria-labelledby={headingId} data-testid="minutes-draft">
      <header className="minutes-draft-header">
        <h3 id={headingId}>{t('draft.label', { number })}</h3>
        <div className="minutes-draft-actions">
          <button
            type="button"
            className="button-secondary"
            disabled={disabled || split === null}
            aria-label={t('draft.splitLabel', { number })}
            title={t('draft.splitHint')}
            onClick={() => {
              if (split === null) return;
              setCursor(undefined);
              props.onSplit(draft.key, split);
            }}
          >
            {t('draft.split')}
          </button>
          {props.hasNext && (
            <button
              type="button"
              className="button-secondary"
              disabled={disabled}
              aria-label={t('draft.mergeLabel', { number, next: number + 1 })}
              onClick={() => props.onMergeWithNext(draft.key)}
            >
              {t('draft.merge')}
            </button>
          )}
          <button
            type="button"
            className="button-secondary"
            disabled={disabled}
            aria-label={t('draft.dropLabel', { number })}
            onClick={() => props.onDrop(draft.key)}
          >
            {t('draft.drop')}
          </button>
        </div>
      </header>
      {problems.form && (
        <p className="error" role="alert">
          {t('draft.problem')} {problemText(problems.form)}
        </p>
      )}
      <div className="minutes-draft-fields">
        <TextField
          form={form}
          name="title"
          label={t('common:field.title')}
          maxLength={TITLE_LIMIT}
          wide
          disabled={disabled}
        />
        <div
          className="minutes-draft-description"
          onSelect={(event) => {
            const target = event.target as HTMLTextAreaElement;
            setCursor(target.selectionStart === target.selectionEnd ? target.selectionStart : undefined);
          }}
        >
          <TextField
            form={form}
            name="description"
            label={t('common:field.description')}
            rows={4}
            maxLength={DESCRIPTION_LIMIT}
            wide
            disabled={disabled}
          />
        </div>
        <TextField
          form={form}
          name="deadline"
          type="date"
          label={t('common:field.deadline')}
          range={DEADLINE_RANGE}
          disabled={disabled}
        />
        <SelectField
          form={form}
          name="leadDepartmentId"
          label={t('common:field.leadDepartment')}
          options={offered}
          noneLabel={t('task:none')}
          hint={suggested}
          disabled={disabled}
        />
        <ChoicesField
          form={form}
          name="cooperatingDepartmentIds"
          legend={t('common:field.cooperatingDepartments')}
          // The lead department cannot also cooperate on its own task.
          options={offered.filter((option) => option.value !== draft.leadDepartmentId)}
          emptyText={t('table:create.noOptions')}
          className="form-row form-checkboxes minutes-draft-cooperating"
          disabled={disabled}
        />
      </div>
      <figure className="minutes-draft-source">
        <figcaption className="muted">{t('draft.source')}</figcaption>
        <blockquote>{props.minutes.slice(draft.sourceStart, draft.sourceEnd)}</blockquote>
      </figure>
    </article>
  );
});
