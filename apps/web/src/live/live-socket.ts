import {
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SocketAuth,
} from '@duban/contracts';
import { io, type Socket } from 'socket.io-client';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The tab's one socket to the API's own origin (the Vite dev server proxies /socket.io), authenticated
 * by token, not yet connected. The server puts it in the user's room on connect (notifications); boards
 * are joined on it. It says which protocol version this build speaks; the server refuses one it does not speak.
 */
export function createLiveSocket(token: string): LiveSocket {
  const auth: SocketAuth = { token, protocolVersion: PROTOCOL_VERSION };
  return io({ auth, transports: ['websocket'], autoConnect: false });
}
