import type { NotificationView } from '@duban/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotificationText } from './useNotificationText';

/** Long enough to read a short message; the notification stays in the list afterwards. */
const TOAST_MS = 6000;

interface NotificationToastProps {
  notification: NotificationView | null;
  /** Must keep its identity, or the timer restarts on every render. */
  onDismiss: () => void;
}

/**
 * A brief note that a notification just arrived. The status region is always in the page, so screen
 * readers announce what is put into it.
 */
export function NotificationToast({ notification, onDismiss }: NotificationToastProps) {
  const { t } = useTranslation(['common', 'notifications']);
  const text = useNotificationText();
  useEffect(() => {
    if (!notification) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [notification, onDismiss]);

  return (
    <div className="notification-toast-region" role="status" data-testid="notification-toast">
      {notification && (
        <div className="notification-toast">
          <span className="notification-toast-text">
            <strong>{t(`notifications:kind.${notification.kind}`)}</strong>
            {notification.taskTitle && ` · ${notification.taskTitle}`} {text(notification)}
          </span>
          <button
            type="button"
            className="button-link notification-toast-close"
            aria-label={t('notifications:toastClose')}
            onClick={onDismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
