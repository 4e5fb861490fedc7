import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { errorProps, FieldMessage } from './FieldMessage';
import type { TaskEditor } from './useTaskEditor';

/** Who works on it, and free labels. */
export function PeopleFields({ editor, disabled }: { editor: TaskEditor; disabled: boolean }) {
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const { users } = useDirectory();
  const { values, errors, setField } = editor;
  const people = users
    .filter((user) => user.role !== 'admin' || values.assigneeIds.includes(user.id))
    // Department staff names already say their department; others get their role.
    .map((user) => ({
      value: user.id,
      label: user.displayName,
      hint: user.departmentId ? undefined : t(`role.${user.role}`),
    }));

  return (
    <>
      <div className="task-field">
        <CheckboxGroup
          legend={t('field.assignees')}
          options={people}
          selected={values.assigneeIds}
          disabled={disabled}
          describedBy={errors.assigneeIds ? `${id}-assigneeIds-error` : undefined}
          onChange={(selected) => setField('assigneeIds', selected)}
        />
        <FieldMessage id={`${id}-assigneeIds-error`} errors={errors} field="assigneeIds" />
      </div>
      <div className="task-field">
        <label htmlFor={`${id}-labels`}>{t('field.labels')}</label>
        <input
          id={`${id}-labels`}
          value={values.labels}
          disabled={disabled}
          placeholder={t('task:labelsHint')}
          onChange={(event) => setField('labels', event.target.value)}
          {...errorProps(`${id}-labels-error`, errors, 'labels')}
        />
        <FieldMessage id={`${id}-labels-error`} errors={errors} field="labels" />
      </div>
    </>
  );
}
