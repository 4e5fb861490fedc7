import { TASK_KINDS } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { SelectField } from '../ui/SelectField';
import { ProblemMessage, problemText } from '../ui/ProblemMessage';
import type { FieldProblem, FormProblems, TaskFormValues } from './task-form';

interface AssignmentFieldsProps {
  idPrefix: string;
  values: TaskFormValues;
  problems: FormProblems;
  onChange: (changes: Partial<TaskFormValues>) => void;
}

/** The create form's styling and its validation message under the list. */
function problemProps(problem: FieldProblem | undefined) {
  return {
    className: 'form-row form-checkboxes',
    invalid: problem !== undefined,
    footer: problem && (
      <p className="form-problem" role="alert">
        <ProblemMessage problem={problem} />
      </p>
    ),
  };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** Kind and who answers for the task: lead and cooperating departments, responsible leader, assignees. */
export function AssignmentFields({ idPrefix, values, problems, onChange }: AssignmentFieldsProps) {
  const { t } = useTranslation(['common', 'table']);
  const { departments, users } = useDirectory();
  const departmentOptions = departments.map((department) => ({
    value: department.id,
    label: department.name,
  }));
  const leaders = users
    .filter((user) => user.role === 'leader')
    .map((user) => ({ value: user.id, label: user.displayName }));
  // Assignees are the department staff who do the work.
  const staff = users
    .filter((user) => user.role === 'member')
    .map((user) => ({ value: user.id, label: user.displayName }))
    .sort(byLabel);

  return (
    <>
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('field.kind')}
        problem={problemText(problems.kind)}
        value={values.kind}
        options={TASK_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        onChange={(value) => onChange({ kind: TASK_KINDS.find((kind) => kind === value) ?? 'task' })}
      />
      <SelectField
        id={`${idPrefix}-lead`}
        label={t('field.leadDepartment')}
        problem={problemText(problems.leadDepartmentId)}
        value={values.leadDepartmentId}
        options={departmentOptions}
        noneLabel={t('table:create.none')}
        onChange={(leadDepartmentId) => onChange({ leadDepartmentId })}
      />
      <SelectField
        id={`${idPrefix}-leader`}
        label={t('field.responsibleLeader')}
        problem={problemText(problems.responsibleLeaderId)}
        value={values.responsibleLeaderId}
        options={leaders}
        noneLabel={t('table:create.none')}
        onChange={(responsibleLeaderId) => onChange({ responsibleLeaderId })}
      />
      <CheckboxGroup
        legend={t('field.cooperatingDepartments')}
        // The lead department cannot also cooperate on its own task.
        options={departmentOptions.filter((option) => option.value !== values.leadDepartmentId)}
        selected={values.cooperatingDepartmentIds}
        onChange={(cooperatingDepartmentIds) => onChange({ cooperatingDepartmentIds })}
        {...problemProps(problems.cooperatingDepartmentIds)}
        emptyText={t('table:create.noOptions')}
      />
      <CheckboxGroup
        legend={t('field.assignees')}
        options={staff}
        selected={values.assigneeIds}
        onChange={(assigneeIds) => onChange({ assigneeIds })}
        {...problemProps(problems.assigneeIds)}
        emptyText={t('table:create.noOptions')}
      />
    </>
  );
}
