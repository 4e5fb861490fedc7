import type { NotificationView } from '@duban/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useToken } from '../auth/useAuth';
import { NOTIFICATIONS_KEY, withNotification } from './notification-cache';
import { connectNotificationSocket } from './notification-socket';
import { updateList } from './useNotifications';

/**
 * Keeps the notification centre live: each `notification` goes on top of the cached list (and to
 * `onNotification`, for the toast). Returns whether the socket is connected.
 */
export function useNotificationSocket(onNotification: (notification: NotificationView) => void): boolean {
  const token = useToken();
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const latestCallback = useRef(onNotification);
  useEffect(() => {
    latestCallback.current = onNotification;
  });

  useEffect(() => {
    const socket = connectNotificationSocket(token);
    socket.on('connect', () => {
      setConnected(true);
      // Whatever arrived while the socket was away (or before it first joined) is only in the list.
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    });
    socket.on('disconnect', () => setConnected(false));
    socket.on('notification', (notification) => {
      receive(queryClient, notification);
      latestCallback.current(notification);
    });
    return () => {
      socket.off();
      socket.disconnect();
    };
  }, [token, queryClient]);

  return connected;
}

function receive(queryClient: QueryClient, notification: NotificationView): void {
  updateList(queryClient, (list) => withNotification(list, notification));
  // A fetch under way may have been answered before this notification committed, and would overwrite it:
  // fetch again instead (invalidating cancels the one under way).
  if (queryClient.isFetching({ queryKey: NOTIFICATIONS_KEY }) > 0) {
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  }
}
