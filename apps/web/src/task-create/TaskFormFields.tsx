import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField';
import { AssignmentFields } from './AssignmentFields';
import { problemText } from '../ui/ProblemMessage';
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

  return (
    <div className="form-dialog-fields">
      <TextField
        id={`${id}-title`}
        label={t('field.title')}
        problem={problemText(problems.title)}
        wide
        required
        value={values.title}
        onChange={(title) => onChange({ title })}
      />
      <TextField
        id={`${id}-description`}
        label={t('field.description')}
        problem={problemText(problems.description)}
        wide
        rows={3}
        value={values.description}
        onChange={(description) => onChange({ description })}
      />
      <TextField
        id={`${id}-deadline`}
        label={t('field.deadline')}
        problem={problemText(problems.deadline)}
        type="date"
        value={values.deadline}
        onChange={(deadline) => onChange({ deadline })}
      />
      <AssignmentFields idPrefix={id} values={values} problems={problems} onChange={onChange} />
      <TextField
        id={`${id}-labels`}
        label={t('field.labels')}
        hint={t('table:create.labelsHint')}
        problem={problemText(problems.labels)}
        wide
        value={values.labels}
        onChange={(labels) => onChange({ labels })}
      />
    </div>
  );
}
