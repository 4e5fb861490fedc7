import { useEffect, useState } from 'react';
import type { LiveSocket } from './live-socket';
import { useLiveSocket } from './live-socket-context';

/** The first wait before connecting again after the server dropped the socket, doubled up to the last. */
export const SERVER_DROP_RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000] as const;

/**
 * Whether the tab's socket is connected now, for a "live" light. With `reconnectAfterServerDrop` (the wall
 * display, left alone for days), it also connects again when the server dropped the socket ("io server
 * disconnect", which socket.io-client never retries by itself: a restart, a rate limit, an operator), after
 * SERVER_DROP_RETRY_MS. A session that is over still signs the tab out (session-watch.ts): the server says
 * `session:ended`, or the new handshake is refused as unauthenticated.
 */
export function useLiveConnection({ reconnectAfterServerDrop = false } = {}): boolean {
  const socket = useLiveSocket();
  const [connected, setConnected] = useState(() => socket.connected);

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | null = null;
    let drops = 0;
    const onConnect = () => {
      drops = 0;
      setConnected(true);
    };
    const onDisconnect = (reason: string) => {
      setConnected(false);
      if (reconnectAfterServerDrop && reason === 'io server disconnect') {
        const wait = SERVER_DROP_RETRY_MS[Math.min(drops, SERVER_DROP_RETRY_MS.length - 1)];
        drops += 1;
        if (retry) clearTimeout(retry);
        retry = setTimeout(() => reconnect(socket), wait);
      }
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      if (retry) clearTimeout(retry);
    };
  }, [socket, reconnectAfterServerDrop]);

  return connected;
}

function reconnect(socket: LiveSocket): void {
  if (!socket.connected && !socket.active) socket.connect();
}
