import type {
  BoardEvent,
  ClientToServerEvents,
  ProtocolVersion,
  ServerToClientEvents,
} from '@duban/contracts';
import type { RemoteSocket, Server, Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';
import type { PresenceSlices } from './presence.service';

/** Plain values only: a cluster adapter copies it between processes. */
export interface SocketData {
  /** The user as stored when last checked (connect, every `board:join`, every change of the user). */
  user: AuthUser;
  /** The session the token belongs to ('' for a token without one). */
  sessionId: string;
  /** When the token expires, in epoch milliseconds: the socket is ended then. */
  expiresAt: number;
  /** The protocol version the client spoke in the handshake: how it is sent presence. */
  protocolVersion: ProtocolVersion;
}

/** Between API processes (with the Redis adapter): each tells the others of the events it committed. */
interface InterServerEvents {
  'board:committed': (event: BoardEvent) => void;
  /** What a process's own sockets do on some boards (`complete`: on all boards; the heartbeat). */
  'presence:slices': (message: { processId: string; slices: PresenceSlices; complete: boolean }) => void;
}

export type DubanServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type DubanSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
/** A socket as `fetchSockets()` returns it: in this process or, with a cluster adapter, in another. */
export type DubanRemoteSocket = RemoteSocket<ServerToClientEvents, SocketData>;

export const boardRoom = (boardId: string) => `board:${boardId}`;
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
/**
 * A board's sockets of one protocol version, beside its board room: version 1 sockets are sent whole
 * presence lists, version 2 sockets deltas. (Not `board:`-prefixed: `boardOfRoom` must not read it.)
 */
export const presenceRoom = (boardId: string, version: ProtocolVersion) => `presence:${version}:${boardId}`;

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
