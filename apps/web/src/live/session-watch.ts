import type { ConnectErrorData } from '@duban/contracts';
import type { LiveSocket } from './live-socket';

/**
 * Signs the tab out when the server says its session is over: `session:ended` (token expired, signed out
 * elsewhere, password changed, account deactivated), or a reconnect refused as unauthenticated. Other
 * refusals (too many tabs) leave the user signed in; the board shows itself offline.
 * @returns stops watching
 */
export function watchSession(socket: LiveSocket, signOut: () => void): () => void {
  const onEnded = () => signOut();
  const onConnectError = (error: Error) => {
    if (isUnauthenticated(error)) signOut();
  };
  socket.on('session:ended', onEnded);
  socket.on('connect_error', onConnectError);
  return () => {
    socket.off('session:ended', onEnded);
    socket.off('connect_error', onConnectError);
  };
}

function isUnauthenticated(error: Error & { data?: Partial<ConnectErrorData> }): boolean {
  return error.data?.code === 'unauthenticated' || error.message.startsWith('unauthenticated');
}
