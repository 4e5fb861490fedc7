import { createReminderSchema } from '@duban/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkWithSchema, fieldOfPath, maxLengthOf } from '../ui/form/field-problem';
import { ProblemMessage } from '../ui/form/ProblemMessage';

const reminderFieldOf = fieldOfPath(['message']);

interface ReminderFormProps {
  initialMessage: string;
  busy: boolean;
  error: string | null;
  onSend: (message: string) => void;
  onCancel: () => void;
}

/** The words of a reminder (催办) to the lead department; they cannot be empty. */
export function ReminderForm({ initialMessage, busy, error, onSend, onCancel }: ReminderFormProps) {
  const { t } = useTranslation(['common', 'notifications']);
  const id = useId();
  const [message, setMessage] = useState(initialMessage);
  // Checked as the API checks it, while the user types: an empty message cannot be sent.
  const check = checkWithSchema(createReminderSchema, { message }, (values) => values, reminderFieldOf);
  const problem = check.ok ? undefined : (check.problems.message ?? check.problems.form);

  return (
    <form
      className="reminder-form"
      noValidate
      aria-label={t('notifications:reminder.send')}
      onSubmit={(event) => {
        event.preventDefault();
        if (check.ok && !busy) onSend(check.input.message);
      }}
      onKeyDown={(event) => {
        // Escape leaves this form, not the whole task panel.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <label htmlFor={`${id}-message`}>{t('notifications:reminder.message')}</label>
      <textarea
        id={`${id}-message`}
        rows={3}
        required
        maxLength={maxLengthOf(createReminderSchema.shape.message)}
        value={message}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        // The user just asked for this form: start typing in it.
        autoFocus
        onChange={(event) => setMessage(event.target.value)}
      />
      {problem && (
        <p id={`${id}-problem`} className="error reminder-problem">
          {problem.code === 'required' ? (
            t('notifications:reminder.required')
          ) : (
            <ProblemMessage problem={problem} />
          )}
        </p>
      )}
      {error && (
        <p className="error reminder-problem" role="alert">
          {error}
        </p>
      )}
      <div className="reminder-form-buttons">
        <button type="submit" disabled={!check.ok || busy}>
          {busy ? t('notifications:reminder.sending') : t('notifications:reminder.send')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
