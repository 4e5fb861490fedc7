import type { NotificationList, NotificationView } from '@duban/contracts';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationItem } from './NotificationItem';
import { useBoardTitles } from './useBoardTitles';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from './useNotifications';

interface NotificationPanelProps {
  ref?: Ref<HTMLElement>;
  id: string;
  list: NotificationList | undefined;
  failed: boolean;
  onNavigate: () => void;
}

/** The open notification centre: newest first, each a link that also marks it read; "Mark all read". */
export function NotificationPanel({ ref, id, list, failed, onNavigate }: NotificationPanelProps) {
  const { t } = useTranslation(['common', 'notifications']);
  const headingId = useId();
  const boardTitles = useBoardTitles(true);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();

  const open = (notification: NotificationView) => {
    if (notification.readAt === null) markRead.mutate(notification.id);
    onNavigate();
  };

  return (
    <section ref={ref} id={id} className="notification-panel" aria-labelledby={headingId}>
      <header className="notification-panel-header">
        <h2 id={headingId}>{t('notifications:title')}</h2>
        <button
          type="button"
          className="button-secondary notification-mark-all"
          disabled={!list || list.unread === 0}
          onClick={() => markAllRead.mutate()}
        >
          {t('notifications:markAllRead')}
        </button>
      </header>
      {!list && <p className="muted notification-note">{failed ? t('loadFailed') : t('loading')}</p>}
      {list?.items.length === 0 && <p className="muted notification-note">{t('notifications:empty')}</p>}
      {list && list.items.length > 0 && (
        <ul className="notification-list">
          {list.items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              boardTitle={boardTitles.get(notification.boardId)}
              onOpen={open}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
