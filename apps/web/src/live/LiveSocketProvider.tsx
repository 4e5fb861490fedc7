import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useAuth, useToken } from '../auth/useAuth';
import { watchAccount } from './account-watch';
import { createLiveSocket } from './live-socket';
import { LiveSocketContext } from './live-socket-context';
import { watchProtocol } from './protocol-watch';
import { watchSession } from './session-watch';

/**
 * The tab's one socket for the signed-in user (a new one when the token changes), closed on sign-out; the
 * tab signs out when the server ends the socket's session (back to the sign-in form), reads its user again
 * when an administrator changes them, and reloads once when the server speaks another protocol version (it
 * serves a newer page).
 * It connects after its users below have started listening (effects run children first), so none misses
 * the first `connect`. The browser knows it is offline before the socket's heartbeat does: the socket
 * drops at once and reconnects when the network is back; its users catch up on `connect`.
 */
export function LiveSocketProvider({ children }: { children: ReactNode }) {
  const token = useToken();
  const { signOut } = useAuth();
  const queryClient = useQueryClient();
  const socket = useMemo(() => createLiveSocket(token), [token]);

  useEffect(() => watchSession(socket, signOut), [socket, signOut]);
  useEffect(() => watchAccount(socket, queryClient), [socket, queryClient]);
  useEffect(() => watchProtocol(socket), [socket]);

  useEffect(() => {
    socket.connect();
    const goOffline = () => socket.disconnect();
    const goOnline = () => socket.connect();
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    return () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      socket.disconnect();
    };
  }, [socket]);

  return <LiveSocketContext value={socket}>{children}</LiveSocketContext>;
}
