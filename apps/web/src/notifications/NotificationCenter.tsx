import type { NotificationView } from '@duban/contracts';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellIcon } from './BellIcon';
import { NotificationPanel } from './NotificationPanel';
import { NotificationToast } from './NotificationToast';
import { useDismiss, type DismissedBy } from './useDismiss';
import { useKeepInViewport } from './useKeepInViewport';
import { useNotifications } from './useNotifications';
import { useNotificationSocket } from './useNotificationSocket';
import './notifications.css';

/** The bell in the header: unread count, the list on click, and a toast when one arrives live. */
export function NotificationCenter() {
  const { t } = useTranslation(['common', 'notifications']);
  const [open, setOpen] = useState(false);
  const [toast, setToast] = useState<NotificationView | null>(null);
  const connected = useNotificationSocket(setToast);
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const bellRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const dismiss = useCallback((by: DismissedBy) => {
    setOpen(false);
    if (by === 'escape') bellRef.current?.focus();
  }, []);
  useDismiss(rootRef, open, dismiss);
  useKeepInViewport(rootRef, panelRef, open);
  const hideToast = useCallback(() => setToast(null), []);

  return (
    <div
      ref={rootRef}
      className="notification-center"
      data-testid="notification-center"
      data-connected={connected}
    >
      <button
        ref={bellRef}
        type="button"
        className="button-secondary notification-bell"
        aria-label={t('notifications:bell', { count: unread })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="notification-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <NotificationPanel
          ref={panelRef}
          id={panelId}
          list={notifications.data}
          failed={notifications.isError}
          onNavigate={() => setOpen(false)}
        />
      )}
      <NotificationToast notification={toast} onDismiss={hideToast} />
    </div>
  );
}
