import type { NotificationView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TimeAgo } from '../ui/TimeAgo';
import { notificationTarget } from './notification-cache';
import { useNotificationText } from './useNotificationText';

interface NotificationItemProps {
  notification: NotificationView;
  boardTitle: string | undefined;
  onOpen: (notification: NotificationView) => void;
}

/** One entry: what kind, what was said, where, when; a link to the task (or board) it is about. */
export function NotificationItem({ notification, boardTitle, onOpen }: NotificationItemProps) {
  const { t } = useTranslation(['common', 'notifications']);
  const text = useNotificationText();
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification-item notification-unread' : 'notification-item'}>
      <Link
        to={notificationTarget(notification)}
        className="notification-link"
        data-testid="notification-item"
        data-unread={unread}
        onClick={() => onOpen(notification)}
      >
        <span className="notification-heading">
          <span className={`notification-kind notification-kind-${notification.kind}`}>
            {t(`notifications:kind.${notification.kind}`)}
          </span>
          {unread && <span className="notification-unread-label">{t('notifications:unread')}</span>}
        </span>
        {notification.taskTitle && (
          <span className="notification-task" data-testid="notification-task">
            {notification.taskTitle}
          </span>
        )}
        <span className="notification-message">{text(notification)}</span>
        <span className="notification-meta">
          <span className="notification-board">
            {boardTitle && t('notifications:onBoard', { board: boardTitle })}
          </span>
          <TimeAgo at={notification.createdAt} />
        </span>
      </Link>
    </li>
  );
}
