import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { BoardEvent } from './events';
import type { NotificationView } from './notifications';
import { uuidSchema } from './common';

/** Bumped whenever a message shape changes incompatibly. */
export const PROTOCOL_VERSION = 1;

/** A rejoin further behind than this gets `resync` instead of the missed events. */
export const MAX_MISSED_EVENTS = 1000;

export const boardJoinSchema = z.strictObject({
  boardId: uuidSchema,
  /** The last seq the client applied; omit on first join. */
  afterSeq: z.number().int().min(0).optional(),
});
export type BoardJoinRequest = z.infer<typeof boardJoinSchema>;

export const boardLeaveSchema = z.strictObject({ boardId: uuidSchema });
export type BoardLeaveRequest = z.infer<typeof boardLeaveSchema>;

export const presenceEditingSchema = z.strictObject({
  boardId: uuidSchema,
  /** The task whose panel the user has open for editing; null when none. */
  taskId: uuidSchema.nullable(),
});
export type PresenceEditingRequest = z.infer<typeof presenceEditingSchema>;

export interface SocketError {
  code: ErrorCode;
  message: string;
}

export type BoardJoinResult =
  | { ok: true; seq: number; missed: BoardEvent[] }
  | { ok: true; seq: number; resync: true }
  | { ok: false; error: SocketError };

export type SimpleAck = { ok: true } | { ok: false; error: SocketError };

export interface PresenceViewer {
  userId: string;
  displayName: string;
  /** Task the user is editing right now, if any. */
  editingTaskId: string | null;
}

/** Who is on a board now: sent to the board's room on every join, leave, edit focus and disconnect. */
export interface PresenceState {
  boardId: string;
  viewers: PresenceViewer[];
}

export interface ServerToClientEvents {
  'board:event': (event: BoardEvent) => void;
  presence: (state: PresenceState) => void;
  /** Sent to the recipient's own sockets (room `user:<id>`) after the change that notified them commits. */
  notification: (notification: NotificationView) => void;
  /**
   * The board's visible departments changed and the user may no longer see it: the server has taken the
   * socket out of the board's room (no more events), and the board now answers 404 to them.
   */
  'board:revoked': (notice: { boardId: string }) => void;
}

export interface ClientToServerEvents {
  'board:join': (request: BoardJoinRequest, ack: (result: BoardJoinResult) => void) => void;
  'board:leave': (request: BoardLeaveRequest, ack?: (result: SimpleAck) => void) => void;
  'presence:editing': (request: PresenceEditingRequest, ack?: (result: SimpleAck) => void) => void;
}

/** What a client sends in the Socket.IO handshake. */
export interface SocketAuth {
  token: string;
}
