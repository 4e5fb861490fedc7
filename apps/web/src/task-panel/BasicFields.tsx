import { TASK_STATUSES, type EditableTaskField, type TaskStatus } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { taskMaxLength } from '../tasks/task-form';
import { controlId } from '../ui/form/form-binding';
import { describedBy, FormRow } from '../ui/form/FormRow';
import { problemText } from '../ui/form/ProblemMessage';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import type { TaskEditor } from './useTaskEditor';

interface BasicFieldsProps {
  editor: TaskEditor;
  disabled: boolean;
  /** Fields the task's status freezes (its progress, while the submission awaits verification). */
  frozen: (field: EditableTaskField) => boolean;
  /** Statuses the supervision rules keep this user from setting (Done before verification, …). */
  statusRefused: (status: TaskStatus) => boolean;
}

/** Title, status, progress and description: what the departments keep up to date. */
export function BasicFields({ editor, disabled, frozen, statusRefused }: BasicFieldsProps) {
  const { t } = useTranslation(['common', 'task']);
  const { form } = editor;
  const row = { form, disabled, className: 'task-field' };
  const progressId = controlId(form, 'progress');
  const progressProblem = problemText(form.problems.progress);
  return (
    <>
      <TextField {...row} name="title" label={t('field.title')} required maxLength={taskMaxLength('title')} />
      <div className="task-field-row">
        <SelectField
          {...row}
          name="status"
          label={t('field.status')}
          options={TASK_STATUSES.map((status) => ({
            value: status,
            label: t(`status.${status}`),
            disabled: statusRefused(status),
          }))}
        />
        <FormRow id={progressId} label={t('field.progress')} problem={progressProblem} className="task-field">
          <div className="task-progress">
            <input
              id={progressId}
              type="range"
              min={0}
              max={100}
              step={5}
              value={form.values.progress}
              disabled={disabled || frozen('progress')}
              onChange={(event) => form.change({ progress: Number(event.target.value) })}
              {...describedBy(progressId, { problem: progressProblem })}
            />
            <output htmlFor={progressId}>{t('task:progressValue', { value: form.values.progress })}</output>
          </div>
        </FormRow>
      </div>
      <TextField
        {...row}
        name="description"
        label={t('field.description')}
        rows={4}
        maxLength={taskMaxLength('description')}
      />
    </>
  );
}
