import { createUserSchema, type CreateUserInput, type UserRole } from '@duban/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { checkWithSchema, fieldOfPath, maxLengthOf, problemsFromError } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { SelectField } from '../ui/form/SelectField';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { useAdminDepartments } from './useAdminData';
import { useCreateUser } from './useAdminMutations';
import { departmentOptions, roleOptions } from './user-options';

const FIELDS = ['username', 'displayName', 'password', 'role', 'departmentId'] as const;
const fieldOf = fieldOfPath(FIELDS);
const { shape } = createUserSchema;

interface CreateUserValues {
  username: string;
  displayName: string;
  password: string;
  role: UserRole;
  departmentId: string;
}

/** 新建用户: username, display name, password, role and department. */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const departments = useAdminDepartments().data ?? [];
  const create = useCreateUser();
  const form = useSchemaForm<CreateUserValues, CreateUserInput>(
    { username: '', displayName: '', password: '', role: 'member', departmentId: '' },
    (values) =>
      checkWithSchema(
        createUserSchema,
        values,
        (input) => ({ ...input, departmentId: input.departmentId || null }),
        fieldOf,
      ),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    create.mutate(input, {
      onSuccess: onClose,
      onError: (error) => form.showProblems(problemsFromError(error, fieldOf)),
    });
  };

  return (
    <FormDialog
      heading={t('users.createHeading')}
      testId="create-user-form"
      formRef={form.formRef}
      form={{ submit, pending: create.isPending }}
      onClose={onClose}
      submitLabels={{ idle: t('users.create'), pending: t('users.creating') }}
      formProblem={problemText(form.problems.form)}
    >
      <div className="admin-form-grid">
        <TextField
          form={form}
          name="username"
          label={t('users.username')}
          maxLength={maxLengthOf(shape.username)}
          required
        />
        <TextField
          form={form}
          name="displayName"
          label={t('users.displayName')}
          maxLength={maxLengthOf(shape.displayName)}
          required
        />
        <TextField
          form={form}
          name="password"
          type="password"
          label={t('users.password')}
          hint={t('users.passwordHint')}
          maxLength={maxLengthOf(shape.password)}
          required
        />
        <SelectField form={form} name="role" label={t('users.role')} options={roleOptions(t)} />
        <SelectField
          form={form}
          name="departmentId"
          label={t('users.department')}
          noneLabel={t('users.noDepartment')}
          options={departmentOptions(departments, null, t)}
        />
      </div>
    </FormDialog>
  );
}
