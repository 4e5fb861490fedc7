import type { ConnectErrorData } from '@duban/contracts';
import type { LiveSocket } from './live-socket';

/** Set in sessionStorage while a reload for a protocol mismatch is under way (survives the reload). */
export const PROTOCOL_RELOAD_KEY = 'duban.protocolReload';

export interface ProtocolWatchOptions {
  reload?: () => void;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/**
 * Reloads the tab once when the server refuses the socket as `protocol_mismatch`: the server has been
 * updated and serves a newer page. Once per tab: should the reloaded page still not match (a stale cache,
 * a server rolled back), it stays offline instead of reloading forever. A connection that succeeds clears
 * the mark, so the next update reloads again.
 * @returns stops watching
 */
export function watchProtocol(
  socket: LiveSocket,
  { reload = () => window.location.reload(), storage = window.sessionStorage }: ProtocolWatchOptions = {},
): () => void {
  const onConnect = () => storage.removeItem(PROTOCOL_RELOAD_KEY);
  const onConnectError = (error: Error) => {
    if (!isProtocolMismatch(error) || storage.getItem(PROTOCOL_RELOAD_KEY) !== null) return;
    storage.setItem(PROTOCOL_RELOAD_KEY, new Date().toISOString());
    reload();
  };
  socket.on('connect', onConnect);
  socket.on('connect_error', onConnectError);
  return () => {
    socket.off('connect', onConnect);
    socket.off('connect_error', onConnectError);
  };
}

function isProtocolMismatch(error: Error & { data?: Partial<ConnectErrorData> }): boolean {
  return error.data?.code === 'protocol_mismatch' || error.message.startsWith('protocol_mismatch');
}
