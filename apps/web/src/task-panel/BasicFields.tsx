import { TASK_STATUSES, type EditableTaskField, type TaskStatus } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorProps, FieldMessage } from './FieldMessage';
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
  const id = useId();
  const { values, errors, setField } = editor;
  return (
    <>
      <div className="task-field">
        <label htmlFor={`${id}-title`}>{t('field.title')}</label>
        <input
          id={`${id}-title`}
          value={values.title}
          disabled={disabled}
          required
          maxLength={200}
          onChange={(event) => setField('title', event.target.value)}
          {...errorProps(`${id}-title-error`, errors, 'title')}
        />
        <FieldMessage id={`${id}-title-error`} errors={errors} field="title" />
      </div>
      <div className="task-field-row">
        <div className="task-field">
          <label htmlFor={`${id}-status`}>{t('field.status')}</label>
          <select
            id={`${id}-status`}
            value={values.status}
            disabled={disabled}
            onChange={(event) => setField('status', event.target.value as TaskStatus)}
            {...errorProps(`${id}-status-error`, errors, 'status')}
          >
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status} disabled={statusRefused(status)}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-status-error`} errors={errors} field="status" />
        </div>
        <div className="task-field">
          <label htmlFor={`${id}-progress`}>{t('field.progress')}</label>
          <div className="task-progress">
            <input
              id={`${id}-progress`}
              type="range"
              min={0}
              max={100}
              step={5}
              value={values.progress}
              disabled={disabled || frozen('progress')}
              onChange={(event) => setField('progress', Number(event.target.value))}
              {...errorProps(`${id}-progress-error`, errors, 'progress')}
            />
            <output htmlFor={`${id}-progress`}>{t('task:progressValue', { value: values.progress })}</output>
          </div>
          <FieldMessage id={`${id}-progress-error`} errors={errors} field="progress" />
        </div>
      </div>
      <div className="task-field">
        <label htmlFor={`${id}-description`}>{t('field.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={4}
          value={values.description}
          disabled={disabled}
          onChange={(event) => setField('description', event.target.value)}
          {...errorProps(`${id}-description-error`, errors, 'description')}
        />
        <FieldMessage id={`${id}-description-error`} errors={errors} field="description" />
      </div>
    </>
  );
}
