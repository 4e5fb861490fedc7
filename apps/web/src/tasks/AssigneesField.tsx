import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { ChoicesField } from '../ui/form/ChoicesField';
import type { FormBinding } from '../ui/form/form-binding';
import { layoutClasses, type TaskFieldLayout } from './task-field-layout';
import type { TaskFormValues } from './task-form';

interface AssigneesFieldProps {
  form: FormBinding<Pick<TaskFormValues, 'assigneeIds'>>;
  layout: TaskFieldLayout;
  disabled?: boolean;
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** Who works on the task: everyone but administrators (an administrator already assigned stays listed). */
export function AssigneesField(props: AssigneesFieldProps) {
  const { form, disabled } = props;
  const { t } = useTranslation(['common', 'table']);
  const { users } = useDirectory();
  const assigned = form.values.assigneeIds;
  const people = users
    .filter((user) => user.role !== 'admin' || assigned.includes(user.id))
    // Department staff names already say their department; others get their role.
    .map((user) => ({
      value: user.id,
      label: user.displayName,
      hint: user.departmentId ? undefined : t(`role.${user.role}`),
    }))
    .sort(byLabel);
  return (
    <ChoicesField
      form={form}
      name="assigneeIds"
      legend={t('field.assignees')}
      options={people}
      disabled={disabled}
      className={layoutClasses(props.layout).choicesClassName}
      emptyText={t('table:create.noOptions')}
    />
  );
}
