import { changePasswordSchema, type ChangePasswordInput } from '@duban/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../auth/useChangePassword';
import { checkWithSchema, fieldOfPath, maxLengthOf, problemsFromError } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { TextField } from '../ui/form/TextField';
import { useSchemaForm } from '../ui/form/useSchemaForm';

const fieldOf = fieldOfPath(['currentPassword', 'newPassword', 'confirmPassword'] as const);
const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** 修改密码: the current password, the new one twice. This tab stays signed in; other devices are signed out. */
export function ChangePasswordForm() {
  const { t } = useTranslation('profile');
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const { formRef, ...form } = useSchemaForm<typeof EMPTY, ChangePasswordInput>(EMPTY, (values) => {
    const checked = checkWithSchema(
      changePasswordSchema,
      values,
      ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
      fieldOf,
    );
    if (values.confirmPassword === values.newPassword) return checked;
    const mismatch = { code: 'server' as const, message: t('password.mismatch') };
    return { ok: false, problems: { ...(checked.ok ? {} : checked.problems), confirmPassword: mismatch } };
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const input = form.validInput();
    if (!input) return;
    change.mutate(input, {
      onSuccess: () => {
        form.change(EMPTY);
        setDone(true);
      },
      onError: (error) => form.showProblems(problemsFromError(error, fieldOf)),
    });
  };

  return (
    <section className="profile-card" aria-labelledby="profile-password-heading">
      <h2 id="profile-password-heading">{t('password.heading')}</h2>
      <form
        ref={formRef}
        noValidate
        onSubmit={submit}
        className="profile-form"
        data-testid="change-password-form"
      >
        <TextField
          form={form}
          name="currentPassword"
          type="password"
          label={t('password.current')}
          maxLength={maxLengthOf(changePasswordSchema.shape.currentPassword)}
          required
        />
        <TextField
          form={form}
          name="newPassword"
          type="password"
          label={t('password.new')}
          hint={t('password.newHint')}
          maxLength={maxLengthOf(changePasswordSchema.shape.newPassword)}
          required
        />
        <TextField
          form={form}
          name="confirmPassword"
          type="password"
          label={t('password.confirm')}
          required
        />
        {form.problems.form && (
          <p className="form-problem" role="alert">
            {problemText(form.problems.form)}
          </p>
        )}
        {done && (
          <p className="muted" role="status">
            {t('password.changed')}
          </p>
        )}
        <div>
          <button type="submit" disabled={change.isPending}>
            {change.isPending ? t('password.saving') : t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
