import { reminderRefusal, type TaskView } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ReminderForm } from '../notifications/ReminderForm';
import { useSendReminder } from '../notifications/useSendReminder';
import '../notifications/notifications.css';

/**
 * 催办: a supervisor pushes the task's lead department. Shown only to those who may send one, for tasks
 * that have a lead department and are not done (the same rule the API applies).
 */
export function SendReminder({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'notifications']);
  const me = useMe();
  const send = useSendReminder();
  const [open, setOpen] = useState(false);
  if (!me || reminderRefusal(me, task) !== null) return null;

  return (
    <div className="send-reminder" data-testid="send-reminder">
      {open ? (
        <ReminderForm
          initialMessage={t('notifications:reminder.defaultMessage', { title: task.title })}
          busy={send.isPending}
          error={send.error?.message ?? null}
          onSend={(message) => send.mutate({ taskId: task.id, message }, { onSuccess: () => setOpen(false) })}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            send.reset();
            setOpen(true);
          }}
        >
          {t('notifications:reminder.send')}
        </button>
      )}
      <p className="reminder-sent" role="status">
        {send.isSuccess && !open ? t('notifications:reminder.sent') : ''}
      </p>
    </div>
  );
}
