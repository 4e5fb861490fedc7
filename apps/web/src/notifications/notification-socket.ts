import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from '@duban/contracts';
import { io, type Socket } from 'socket.io-client';

export type NotificationSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The signed-in user's own socket, open on every page: the server puts it in the user's room on connect,
 * so notifications arrive whether or not a board is open.
 */
export function connectNotificationSocket(token: string): NotificationSocket {
  const auth: SocketAuth = { token };
  return io({ auth, transports: ['websocket'] });
}
