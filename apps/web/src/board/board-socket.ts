import type { ClientToServerEvents, ServerToClientEvents, SocketAuth } from '@duban/contracts';
import { io, type Socket } from 'socket.io-client';

export type BoardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket to the API's own origin (the Vite dev server proxies /socket.io), authenticated by token. */
export function connectBoardSocket(token: string): BoardSocket {
  const auth: SocketAuth = { token };
  return io({ auth, transports: ['websocket'] });
}
