import type { ClientToServerEvents, ServerToClientEvents } from '@duban/contracts';
import type { RemoteSocket, Server, Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

/** Plain values only: a cluster adapter copies it between processes. */
export interface SocketData {
  /** The user as stored when last checked (connect, every `board:join`, every change of the user). */
  user: AuthUser;
  /** The session the token belongs to ('' for a token without one). */
  sessionId: string;
  /** When the token expires, in epoch milliseconds: the socket is ended then. */
  expiresAt: number;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events
type InterServerEvents = {};

export type DubanServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DubanSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
/** A socket as `fetchSockets()` returns it: in this process or, with a cluster adapter, in another. */
export type DubanRemoteSocket = RemoteSocket<ServerToClientEvents, SocketData>;

export const boardRoom = (boardId: string) => `board:${boardId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** The board a room is for, or null for a user's or session's room (or the socket's own). */
export function boardOfRoom(room: string): string | null {
  return room.startsWith('board:') ? room.slice('board:'.length) : null;
}

/**
 * What access checks need of a socket: a local one, or one `fetchSockets()` found (with a cluster adapter,
 * possibly in another process).
 */
export type MemberSocket = Pick<
  DubanRemoteSocket,
  'id' | 'data' | 'rooms' | 'handshake' | 'emit' | 'join' | 'leave'
> & {
  disconnect(close?: boolean): unknown;
};
