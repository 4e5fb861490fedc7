import { routes, type NotificationList } from '@duban/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { NOTIFICATIONS_KEY, NOTIFICATIONS_LIMIT, withAllRead, withRead } from './notification-cache';

/** The newest notifications and the unread count; kept live by useNotificationSocket, not by polling. */
export function useNotifications() {
  const token = useToken();
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => call(routes.listNotifications, { token, query: { limit: NOTIFICATIONS_LIMIT } }),
  });
}

/** Marks one read at once on screen; the refetch afterwards settles the count with the server's. */
export function useMarkNotificationRead() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) =>
      call(routes.markNotificationRead, { token, params: { id: notificationId } }),
    onMutate: (notificationId) =>
      updateList(queryClient, (list) => withRead(list, notificationId, new Date().toISOString())),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllNotificationsRead() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(routes.markAllNotificationsRead, { token }),
    onMutate: () => updateList(queryClient, (list) => withAllRead(list, new Date().toISOString())),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function updateList(queryClient: QueryClient, change: (list: NotificationList) => NotificationList) {
  queryClient.setQueryData<NotificationList>(NOTIFICATIONS_KEY, (list) => list && change(list));
}
