import type { NotificationView } from '@duban/contracts';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLiveSocket } from '../live/live-socket-context';
import { NOTIFICATIONS_KEY, withNotification } from './notification-cache';
import { updateList } from './useNotifications';

/**
 * Keeps the notification centre live from the tab's socket: each `notification` goes on top of the
 * cached list (and to `onNotification`, for the toast). Returns whether the socket is connected.
 */
export function useNotificationSocket(onNotification: (notification: NotificationView) => void): boolean {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(socket.connected);
  const latestCallback = useRef(onNotification);
  useEffect(() => {
    latestCallback.current = onNotification;
  });

  useEffect(() => {
    const onConnect = () => {
      setConnected(true);
      // Whatever arrived while the socket was away (or before it first joined) is only in the list.
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    };
    const onDisconnect = () => setConnected(false);
    const onNotification = (notification: NotificationView) => {
      receive(queryClient, notification);
      latestCallback.current(notification);
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('notification', onNotification);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('notification', onNotification);
    };
  }, [socket, queryClient]);

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
