import type { NotificationView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { automaticNoticeKey } from './automatic-notice';

/** A notification's text in the reader's language: built for automatic ones, as written for the rest. */
export function useNotificationText(): (notification: NotificationView) => string {
  const { t } = useTranslation('notifications');
  return (notification) => {
    const key = automaticNoticeKey(notification);
    return key ? t(`automatic.${key}`, { deadline: notification.deadline }) : notification.message;
  };
}
