import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AssignmentFields } from './AssignmentFields';
import { FormRow, problemProps } from './FormRow';
import type { FormProblems, TaskFormValues } from './task-form';

interface TaskFormFieldsProps {
  values: TaskFormValues;
  problems: FormProblems;
  onChange: (changes: Partial<TaskFormValues>) => void;
}

/** The fields of a new task, each with its label and, after a failed submit, its problem. */
export function TaskFormFields({ values, problems, onChange }: TaskFormFieldsProps) {
  const { t } = useTranslation(['common', 'table']);
  const id = useId();
  const ids = {
    title: `${id}-title`,
    description: `${id}-description`,
    deadline: `${id}-deadline`,
    labels: `${id}-labels`,
  };

  return (
    <div className="create-task-fields">
      <FormRow id={ids.title} label={t('field.title')} problem={problems.title} wide>
        <input
          id={ids.title}
          value={values.title}
          required
          onChange={(event) => onChange({ title: event.target.value })}
          {...problemProps(ids.title, problems.title)}
        />
      </FormRow>
      <FormRow id={ids.description} label={t('field.description')} problem={problems.description} wide>
        <textarea
          id={ids.description}
          rows={3}
          value={values.description}
          onChange={(event) => onChange({ description: event.target.value })}
          {...problemProps(ids.description, problems.description)}
        />
      </FormRow>
      <FormRow id={ids.deadline} label={t('field.deadline')} problem={problems.deadline}>
        <input
          id={ids.deadline}
          type="date"
          value={values.deadline}
          onChange={(event) => onChange({ deadline: event.target.value })}
          {...problemProps(ids.deadline, problems.deadline)}
        />
      </FormRow>
      <AssignmentFields idPrefix={id} values={values} problems={problems} onChange={onChange} />
      <FormRow id={ids.labels} label={t('field.labels')} problem={problems.labels} wide>
        <input
          id={ids.labels}
          value={values.labels}
          aria-describedby={problems.labels ? undefined : `${ids.labels}-hint`}
          onChange={(event) => onChange({ labels: event.target.value })}
          {...problemProps(ids.labels, problems.labels)}
        />
        <span id={`${ids.labels}-hint`} className="create-task-hint muted">
          {t('table:create.labelsHint')}
        </span>
      </FormRow>
    </div>
  );
}
