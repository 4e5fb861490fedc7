import { updateUserSchema, type UpdateUserInput, type UserRole, type UserView } from '@duban/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { checkWithSchema, fieldOfPath, maxLengthOf, problemsFromError } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { useAdminDepartments } from './useAdminData';
import { useUpdateUser } from './useAdminMutations';
import { departmentOptions, roleOptions } from './user-options';

const fieldOf = fieldOfPath(['displayName', 'role', 'departmentId'] as const);

interface EditUserValues {
  displayName: string;
  role: UserRole;
  departmentId: string;
}

/** An administrator changes a user's name, role and department; only what changed is sent (and logged). */
export function EditUserDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const departments = useAdminDepartments().data ?? [];
  const update = useUpdateUser();
  const form = useSchemaForm<EditUserValues, UpdateUserInput>(
    { displayName: user.displayName, role: user.role, departmentId: user.departmentId ?? '' },
    (values) => checkWithSchema(updateUserSchema, values, (input) => changesOf(user, input), fieldOf),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    if (Object.keys(input).length === 0) return onClose();
    update.mutate(
      { id: user.id, body: input },
      { onSuccess: onClose, onError: (error) => form.showProblems(problemsFromError(error, fieldOf)) },
    );
  };

  return (
    <FormDialog
      heading={t('users.editHeading', { name: user.displayName })}
      testId="edit-user-form"
      formRef={form.formRef}
      form={{ submit, pending: update.isPending }}
      onClose={onClose}
      submitLabels={{ idle: t('common:save'), pending: t('users.saving') }}
      formProblem={problemText(form.problems.form)}
    >
      <div className="admin-form-grid">
        <TextField
          form={form}
          name="displayName"
          label={t('users.displayName')}
          maxLength={maxLengthOf(updateUserSchema.shape.displayName)}
          required
        />
        <SelectField form={form} name="role" label={t('users.role')} options={roleOptions(t)} />
        <SelectField
          form={form}
          name="departmentId"
          label={t('users.department')}
          noneLabel={t('users.noDepartment')}
          options={departmentOptions(departments, user.departmentId, t)}
        />
      </div>
    </FormDialog>
  );
}

function changesOf(user: UserView, values: EditUserValues) {
  const departmentId = values.departmentId || null;
  return {
    ...(values.displayName !== user.displayName ? { displayName: values.displayName } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(departmentId !== user.departmentId ? { departmentId } : {}),
  };
}
