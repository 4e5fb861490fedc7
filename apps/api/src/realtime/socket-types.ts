import type { ClientToServerEvents, ServerToClientEvents } from '@duban/contracts';
import type { Server, Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

export interface SocketData {
  user: AuthUser;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events
type InterServerEvents = {};

export type DubanServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DubanSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

export const boardRoom = (boardId: string) => `board:${boardId}`;
export const userRoom = (userId: string) => `user:${userId}`;
