import { assignableDepartments, TASK_KINDS, type TaskKind } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { ChoicesField } from '../ui/form/ChoicesField';
import type { FormBinding } from '../ui/form/form-binding';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import { layoutClasses, type TaskFieldLayout } from './task-field-layout';
import { DEADLINE_RANGE, type TaskFormValues } from './task-form';

type AssignmentValues = Pick<
  TaskFormValues,
  'kind' | 'deadline' | 'leadDepartmentId' | 'responsibleLeaderId' | 'cooperatingDepartmentIds'
>;

interface AssignmentFieldsProps {
  form: FormBinding<AssignmentValues>;
  layout: TaskFieldLayout;
  disabled?: boolean;
}

/**
 * What the supervision office sets when it hands a task out: kind, deadline, lead and cooperating
 * departments, responsible leader. The same fields in the create dialog and in the task panel.
 */
export function AssignmentFields(props: AssignmentFieldsProps) {
  const { form, disabled } = props;
  const { t } = useTranslation(['common', 'task', 'table']);
  const { users, departments, departmentName } = useDirectory();
  const { className, choicesClassName } = layoutClasses(props.layout);
  const { leadDepartmentId, responsibleLeaderId, cooperatingDepartmentIds } = form.values;
  // An archived department is offered only to a task that has it already (the API refuses it otherwise).
  const offered = assignableDepartments(departments, [leadDepartmentId, ...cooperatingDepartmentIds]);
  const departmentOptions = offered.map((department) => ({
    value: department.id,
    label: department.name,
  }));
  // Until the directory has loaded, keep the current choice (shown as "…") rather than "None".
  const leadOptions =
    leadDepartmentId && !departments.some((department) => department.id === leadDepartmentId)
      ? [{ value: leadDepartmentId, label: departmentName(leadDepartmentId) }, ...departmentOptions]
      : departmentOptions;
  const leaders = users
    .filter((user) => user.role === 'leader' || user.id === responsibleLeaderId)
    .map((user) => ({ value: user.id, label: user.displayName }));
  const leaderOptions =
    responsibleLeaderId && leaders.length === 0 ? [{ value: responsibleLeaderId, label: '…' }] : leaders;
  const common = { form, disabled, className };

  return (
    <>
      <SelectField
        {...common}
        name="kind"
        label={t('field.kind')}
        options={TASK_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        onChange={(value) => {
          const kind: TaskKind = TASK_KINDS.find((option) => option === value) ?? 'task';
          form.change({ kind });
        }}
      />
      <TextField {...common} name="deadline" type="date" label={t('field.deadline')} range={DEADLINE_RANGE} />
      <SelectField
        {...common}
        name="leadDepartmentId"
        label={t('field.leadDepartment')}
        options={leadOptions}
        noneLabel={t('task:none')}
      />
      <SelectField
        {...common}
        name="responsibleLeaderId"
        label={t('field.responsibleLeader')}
        options={leaderOptions}
        noneLabel={t('task:none')}
      />
      <ChoicesField
        form={form}
        disabled={disabled}
        className={choicesClassName}
        name="cooperatingDepartmentIds"
        legend={t('field.cooperatingDepartments')}
        // The lead department cannot also cooperate on its own task.
        options={departmentOptions.filter((option) => option.value !== leadDepartmentId)}
        emptyText={t('table:create.noOptions')}
      />
    </>
  );
}
