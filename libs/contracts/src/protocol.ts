import { z } from 'zod';
import type { ErrorCode, FieldError } from './errors';
import type { BoardEvent } from './events';
import type { NotificationView } from './notifications';
import type { StatsChangedNotice } from './stats';
import { MAX_INT4, uuidSchema } from './common';

/**
 * Bumped whenever a message shape changes incompatibly. The client sends it in the handshake; the server
 * refuses a version it does not speak (`protocol_mismatch`) and the web client reloads to get the matching
 * code.
 *
 * Version 2 (issue 13): presence as deltas. After an accepted `board:join` the socket gets the board's whole
 * `presence` once, then only `presence:delta`s (who appeared or changed, who left), so a board of N viewers
 * no longer sends N whole lists on every join. Version 1 sockets still get the whole `presence` on every
 * change; the server keeps speaking it for clients built before.
 */
export const PROTOCOL_VERSION = 2;

/** Every version the server accepts in the handshake; any other is refused as `protocol_mismatch`. */
export const SUPPORTED_PROTOCOL_VERSIONS = [1, 2] as const;
export type ProtocolVersion = (typeof SUPPORTED_PROTOCOL_VERSIONS)[number];

/** A rejoin further behind than this gets `resync` instead of the missed events. */
export const MAX_MISSED_EVENTS = 1000;

export const boardJoinSchema = z.strictObject({
  boardId: uuidSchema,
  /** The last seq the client applied; omit on first join. */
  afterSeq: z.number().int().min(0).max(MAX_INT4).optional(),
});
export type BoardJoinRequest = z.infer<typeof boardJoinSchema>;

export const boardLeaveSchema = z.strictObject({ boardId: uuidSchema });
export type BoardLeaveRequest = z.infer<typeof boardLeaveSchema>;

/** What someone does with the task they have open: reads it, or has changed a field not yet saved. */
export const PRESENCE_ACTIVITIES = ['viewing', 'editing'] as const;
export type PresenceActivity = (typeof PRESENCE_ACTIVITIES)[number];

export const presenceEditingSchema = z.strictObject({
  boardId: uuidSchema,
  /** The task whose panel the user has open; null when none. */
  taskId: uuidSchema.nullable(),
  /**
   * Viewing from opening the task until the first changed field, editing until it is saved or dropped.
   * Absent: editing (what clients sent before there was viewing).
   */
  activity: z.enum(PRESENCE_ACTIVITIES).optional(),
});
export type PresenceEditingRequest = z.infer<typeof presenceEditingSchema>;

/**
 * `dashboard:watch`: from now on this socket gets `stats:changed` for every board its user may see, boards
 * created or made visible later included, and none for a board they may not see (restricted boards; access
 * is re-checked when a board's visibility or the user's role or department changes, as for board rooms).
 * It joins no board room (no presence, no `board:event`s). Idempotent; a socket watches until
 * `dashboard:unwatch` or disconnect, so a client sends it again after every reconnect and refetches the
 * figures it may have missed meanwhile (no catch-up of notices).
 */
export const dashboardWatchSchema = z.strictObject({});
export type DashboardWatchRequest = z.infer<typeof dashboardWatchSchema>;

/** `dashboard:unwatch`: no more `stats:changed` on this socket. Idempotent. */
export const dashboardUnwatchSchema = z.strictObject({});
export type DashboardUnwatchRequest = z.infer<typeof dashboardUnwatchSchema>;

/**
 * The `boardId` of a `stats:changed` (with `seq` -1) that concerns every board: the boards the user may see
 * have changed (their role or department did), so every figure may have.
 */
export const ANY_BOARD = '*';

/** A watching socket gets at most one `stats:changed` per board in this many ms (the latest seq). */
export const STATS_CHANGED_THROTTLE_MS = 250;

export interface SocketError {
  code: ErrorCode;
  message: string;
  /** The fields at fault, as in HTTP error bodies (e.g. `taskId` of `presence:editing`). */
  details?: FieldError[];
  /** On `rate_limited`: milliseconds until the same message is accepted again. */
  retryAfterMs?: number;
}

/**
 * The `data` of a refused connection's `connect_error` (its message starts with the code too):
 * `unauthenticated` (no, a bad or an expired token, or an ended session: sign in again), `rate_limited`
 * (the user already has the most sockets allowed open; close a tab) or `protocol_mismatch` (no or another
 * `PROTOCOL_VERSION`: the page is older or newer than the server; reload it).
 */
export type ConnectErrorData = SocketError;

/** Why the server ended a socket's session just before disconnecting it: the client must sign in again. */
export type SessionEndReason =
  /** The token's lifetime ran out. */
  | 'expired'
  /** This session signed out (possibly in another tab). */
  | 'signed_out'
  /** Every session of the user ended: password changed or reset, account deactivated or removed. */
  | 'revoked';

export type BoardJoinResult =
  | { ok: true; seq: number; missed: BoardEvent[] }
  | { ok: true; seq: number; resync: true }
  | { ok: false; error: SocketError };

export type SimpleAck = { ok: true } | { ok: false; error: SocketError };

export interface PresenceViewer {
  userId: string;
  displayName: string;
  /** The task the user has open, if any, and whether they are only reading it or changing it. */
  task: { taskId: string; activity: PresenceActivity } | null;
  /** The task the user is editing right now, if any (`task` while editing; kept for older clients). */
  editingTaskId: string | null;
}

/**
 * Who is on a board now. Version 1 sockets get it after joins, leaves, edit focus changes and disconnects,
 * at most once per board every 150 ms (changes in between go out together; the latest state comes last).
 * Version 2 sockets get it once, right after their `board:join` is accepted (and before any
 * `presence:delta` of the board): it replaces whatever the client held.
 */
export interface PresenceState {
  boardId: string;
  viewers: PresenceViewer[];
}

/**
 * What changed in a board's presence since the previous `presence:delta` (version 2 sockets only), timed
 * like version 1's `presence`. Applying it is idempotent (`applyPresenceDelta`): upsert `viewers` by
 * userId, remove `left`; a delta may repeat what the client's whole `presence` already showed.
 */
export interface PresenceDelta {
  boardId: string;
  /** Users who appeared or whose entry changed: whole entries. */
  viewers: PresenceViewer[];
  /** Users no longer on the board. */
  left: string[];
}

export interface ServerToClientEvents {
  'board:event': (event: BoardEvent) => void;
  presence: (state: PresenceState) => void;
  /** Version 2 only: the board's presence changed since the last delta (see `PresenceDelta`). */
  'presence:delta': (delta: PresenceDelta) => void;
  /** Sent to the recipient's own sockets (room `user:<id>`) after the change that notified them commits. */
  notification: (notification: NotificationView) => void;
  /**
   * The user may no longer see the board (its visible departments changed, or the user's role or
   * department did): the server has taken the socket out of the board's room (no more events), and the
   * board now answers 404 to them.
   */
  'board:revoked': (notice: { boardId: string }) => void;
  /**
   * The socket's session is over (see the reason); the server disconnects the socket right after this and
   * refuses it until the client signs in again. Role and department changes do not end a session: they
   * re-check the socket's boards (`board:revoked` where access is lost), then send `user:changed`.
   */
  'session:ended': (notice: { reason: SessionEndReason }) => void;
  /**
   * To the user's own sockets, after an administrator changed their account (role, department, display
   * name, username) and their boards were re-checked: the client reads `GET /api/me` (and its boards list)
   * again, so what it offers them follows without a reload.
   */
  'user:changed': (notice: { userId: string }) => void;
  /**
   * After `dashboard:watch`: a board the user may see changed (any committed event), so its figures may
   * have; sent at most once per board every 250 ms (`STATS_CHANGED_THROTTLE_MS`, the latest seq). `{boardId:
   * ANY_BOARD, seq: -1}` when the user's role or department changed (which boards they see may have). Boards created later, or made visible later, count too.
   */
  'stats:changed': (notice: StatsChangedNotice) => void;
}

export interface ClientToServerEvents {
  'board:join': (request: BoardJoinRequest, ack: (result: BoardJoinResult) => void) => void;
  'board:leave': (request: BoardLeaveRequest, ack?: (result: SimpleAck) => void) => void;
  'presence:editing': (request: PresenceEditingRequest, ack?: (result: SimpleAck) => void) => void;
  'dashboard:watch': (request: DashboardWatchRequest, ack?: (result: SimpleAck) => void) => void;
  'dashboard:unwatch': (request: DashboardUnwatchRequest, ack?: (result: SimpleAck) => void) => void;
}

/** What a client sends in the Socket.IO handshake. */
export interface SocketAuth {
  token: string;
  /** The client's `PROTOCOL_VERSION` (one of `SUPPORTED_PROTOCOL_VERSIONS`); required. */
  protocolVersion: number;
}
