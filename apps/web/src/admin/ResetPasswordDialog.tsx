import { updateUserSchema, type UserView } from '@duban/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';
import { checkWithSchema, fieldOfPath, maxLengthOf, problemsFromError } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { useUpdateUser } from './useAdminMutations';

const passwordSchema = updateUserSchema.pick({ password: true }).required();
const fieldOf = fieldOfPath(['password'] as const);

/** An administrator gives a user a new password; the user's sessions end at once. */
export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const update = useUpdateUser();
  const form = useSchemaForm<{ password: string }, { password: string }>({ password: '' }, (values) =>
    checkWithSchema(passwordSchema, values, (input) => input, fieldOf),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    update.mutate(
      { id: user.id, body: input },
      { onSuccess: onClose, onError: (error) => form.showProblems(problemsFromError(error, fieldOf)) },
    );
  };

  return (
    <FormDialog
      heading={t('users.resetHeading', { name: user.displayName })}
      testId="reset-password-form"
      formRef={form.formRef}
      form={{ submit, pending: update.isPending }}
      onClose={onClose}
      submitLabels={{ idle: t('users.resetPassword'), pending: t('users.resetting') }}
      formProblem={problemText(form.problems.form)}
    >
      <TextField
        form={form}
        name="password"
        type="password"
        label={t('users.newPassword')}
        hint={t('users.resetHint')}
        maxLength={maxLengthOf(passwordSchema.shape.password)}
        required
      />
    </FormDialog>
  );
}
