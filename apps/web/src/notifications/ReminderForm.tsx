import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
  const empty = message.trim() === '';

  return (
    <form
      className="reminder-form"
      noValidate
      aria-label={t('notifications:reminder.send')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !busy) onSend(message.trim());
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
        maxLength={2000}
        value={message}
        aria-invalid={empty}
        aria-describedby={empty ? `${id}-problem` : undefined}
        // The user just asked for this form: start typing in it.
        autoFocus
        onChange={(event) => setMessage(event.target.value)}
      />
      {empty && (
        <p id={`${id}-problem`} className="error reminder-problem">
          {t('notifications:reminder.required')}
        </p>
      )}
      {error && (
        <p className="error reminder-problem" role="alert">
          {error}
        </p>
      )}
      <div className="reminder-form-buttons">
        <button type="submit" disabled={empty || busy}>
          {busy ? t('notifications:reminder.sending') : t('notifications:reminder.send')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
