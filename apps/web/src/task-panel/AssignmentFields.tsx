import { TASK_KINDS, type TaskKind } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { errorProps, FieldMessage } from './FieldMessage';
import type { TaskEditor } from './useTaskEditor';

interface AssignmentFieldsProps {
  editor: TaskEditor;
  disabled: boolean;
  /** The user edits the task but not its assignment (a department member): say why these are greyed. */
  locked: boolean;
}

/** Kind, lead and cooperating departments, responsible leader, deadline: set by the supervision office. */
export function AssignmentFields({ editor, disabled, locked }: AssignmentFieldsProps) {
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const { users, departments, departmentName } = useDirectory();
  const { values, errors, setField } = editor;
  const leaders = users.filter((user) => user.role === 'leader' || user.id === values.responsibleLeaderId);
  const leaderUnknown = values.responsibleLeaderId !== '' && leaders.length === 0;
  const field = (name: string) => ({
    id: `${id}-${name}`,
    ...errorProps(`${id}-${name}-error`, errors, name),
  });
  const message = (name: string) => <FieldMessage id={`${id}-${name}-error`} errors={errors} field={name} />;

  return (
    <div className="task-assignment">
      {locked && <p className="muted task-hint">{t('task:assignmentLocked')}</p>}
      <div className="task-field-row">
        <div className="task-field">
          <label htmlFor={`${id}-kind`}>{t('field.kind')}</label>
          <select
            {...field('kind')}
            value={values.kind}
            disabled={disabled}
            onChange={(event) => setField('kind', event.target.value as TaskKind)}
          >
            {TASK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
          {message('kind')}
        </div>
        <div className="task-field">
          <label htmlFor={`${id}-deadline`}>{t('field.deadline')}</label>
          <input
            {...field('deadline')}
            type="date"
            value={values.deadline}
            disabled={disabled}
            onChange={(event) => setField('deadline', event.target.value)}
          />
          {message('deadline')}
        </div>
      </div>
      <div className="task-field-row">
        <div className="task-field">
          <label htmlFor={`${id}-leadDepartmentId`}>{t('field.leadDepartment')}</label>
          <select
            {...field('leadDepartmentId')}
            value={values.leadDepartmentId}
            disabled={disabled}
            onChange={(event) => setField('leadDepartmentId', event.target.value)}
          >
            <option value="">{t('task:none')}</option>
            {/* Until the directory has loaded, keep the current choice (shown as "…") rather than "None". */}
            {values.leadDepartmentId &&
              !departments.some((department) => department.id === values.leadDepartmentId) && (
                <option value={values.leadDepartmentId}>{departmentName(values.leadDepartmentId)}</option>
              )}
            {departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
          {message('leadDepartmentId')}
        </div>
        <div className="task-field">
          <label htmlFor={`${id}-responsibleLeaderId`}>{t('field.responsibleLeader')}</label>
          <select
            {...field('responsibleLeaderId')}
            value={values.responsibleLeaderId}
            disabled={disabled}
            onChange={(event) => setField('responsibleLeaderId', event.target.value)}
          >
            <option value="">{t('task:none')}</option>
            {leaderUnknown && <option value={values.responsibleLeaderId}>…</option>}
            {leaders.map((leader) => (
              <option key={leader.id} value={leader.id}>
                {leader.displayName}
              </option>
            ))}
          </select>
          {message('responsibleLeaderId')}
        </div>
      </div>
      <div className="task-field">
        <CheckboxGroup
          legend={t('field.cooperatingDepartments')}
          // The lead department cannot also cooperate on its own task.
          options={departments
            .filter((department) => department.id !== values.leadDepartmentId)
            .map((department) => ({ value: department.id, label: department.name }))}
          selected={values.cooperatingDepartmentIds}
          disabled={disabled}
          describedBy={errors.cooperatingDepartmentIds ? `${id}-cooperatingDepartmentIds-error` : undefined}
          onChange={(selected) => setField('cooperatingDepartmentIds', selected)}
        />
        {message('cooperatingDepartmentIds')}
      </div>
    </div>
  );
}
