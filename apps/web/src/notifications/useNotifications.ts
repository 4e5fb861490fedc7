import type { NotificationList } from '@duban/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useToken } from '../auth/useAuth';
import { NOTIFICATIONS_KEY, withAllRead, withRead } from './notification-cache';
import { notificationsApi } from './notifications-api';

/** The newest notifications and the unread count; kept live by useNotificationSocket, not by polling. */
export function useNotifications() {
  const token = useToken();
  return useQuery({ queryKey: NOTIFICATIONS_KEY, queryFn: () => notificationsApi.list(token) });
}

/** Marks one read at once on screen; the refetch afterwards settles the count with the server's. */
export function useMarkNotificationRead() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => notificationsApi.markRead(token, notificationId),
    onMutate: (notificationId) =>
      updateList(queryClient, (list) => withRead(list, notificationId, new Date().toISOString())),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => notificationsApi.markAllRead(token),
    onMutate: () => updateList(queryClient, (list) => withAllRead(list, new Date().toISOString())),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function updateList(queryClient: QueryClient, change: (list: NotificationList) => NotificationList) {
  queryClient.setQueryData<NotificationList>(NOTIFICATIONS_KEY, (list) => list && change(list));
}
