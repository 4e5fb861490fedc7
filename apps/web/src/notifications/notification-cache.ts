import type { NotificationList, NotificationView } from '@duban/contracts';

/** The signed-in user's notification centre in the Query cache (cleared on sign-out with everything else). */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** How many of the newest the centre lists; older ones still count as unread. */
export const NOTIFICATIONS_LIMIT = 50;

/**
 * A notification that arrived live goes on top. The same one again (the socket and a refetch can both
 * bring it) changes nothing, so the unread count is never counted twice.
 */
export function withNotification(
  list: NotificationList,
  notification: NotificationView,
  limit = NOTIFICATIONS_LIMIT,
): NotificationList {
  if (list.items.some((item) => item.id === notification.id)) return list;
  return {
    items: [notification, ...list.items].slice(0, limit),
    unread: list.unread + (notification.readAt === null ? 1 : 0),
  };
}

/** One notification read, as the server will record it. */
export function withRead(list: NotificationList, notificationId: string, readAt: string): NotificationList {
  const target = list.items.find((item) => item.id === notificationId);
  if (!target || target.readAt !== null) return list;
  return {
    items: list.items.map((item) => (item.id === notificationId ? { ...item, readAt } : item)),
    unread: Math.max(0, list.unread - 1),
  };
}

/** Everything read, as "Mark all read" will leave it. */
export function withAllRead(list: NotificationList, readAt: string): NotificationList {
  return {
    items: list.items.map((item) => (item.readAt === null ? { ...item, readAt } : item)),
    unread: 0,
  };
}

/** Where a notification leads: its task's panel over the board, or the board itself. */
export function notificationTarget(notification: Pick<NotificationView, 'boardId' | 'taskId'>): string {
  const board = `/boards/${encodeURIComponent(notification.boardId)}`;
  return notification.taskId ? `${board}/tasks/${encodeURIComponent(notification.taskId)}` : board;
}
