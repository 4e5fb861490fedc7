import type {
  BoardEvent,
  BoardJoinResult,
  ClientToServerEvents,
  PresenceState,
  ServerToClientEvents,
  SessionEndReason,
  SocketAuth,
} from '@duban/contracts';
import { PROTOCOL_VERSION } from '@duban/contracts';
import { io, type Socket } from 'socket.io-client';
import { PresenceFold, type PresenceMessage } from './presence-fold';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client connection, resolved once connected (rejects on connect_error). It sends this
 * build's `PROTOCOL_VERSION`, as the web client does, unless `protocolVersion` says otherwise (null:
 * none).
 */
export function connectSocket(
  baseUrl: string,
  token: string | undefined,
  protocolVersion: number | null = PROTOCOL_VERSION,
): Promise<ClientSocket> {
  const auth: Partial<SocketAuth> = {
    ...(token === undefined ? {} : { token }),
    ...(protocolVersion === null ? {} : { protocolVersion }),
  };
  const socket: ClientSocket = io(baseUrl, {
    auth,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export function joinBoard(
  socket: ClientSocket,
  boardId: string,
  afterSeq?: number,
): Promise<BoardJoinResult> {
  return socket
    .timeout(5000)
    .emitWithAck('board:join', afterSeq === undefined ? { boardId } : { boardId, afterSeq });
}

/**
 * Records what the socket receives (board events, presence, revoked boards, changes to its user, the end of
 * its session and why it was disconnected), and waits for some of it.
 */
export class EventRecorder {
  readonly events: BoardEvent[] = [];
  /**
   * The board's presence after each presence message (a whole `presence`, or a `presence:delta` folded
   * into what came before, as a client does): `presence.at(-1)` is what the client shows now.
   */
  readonly presence: PresenceState[] = [];
  /** The presence messages as received, whole states and deltas, in order. */
  readonly presenceMessages: PresenceMessage[] = [];
  private readonly presenceFold = new PresenceFold();
  readonly revoked: string[] = [];
  readonly sessionEnded: SessionEndReason[] = [];
  /** One entry (the user's id) per `user:changed`. */
  readonly userChanged: string[] = [];
  disconnectReason: string | null = null;
  private waiters: (() => void)[] = [];

  constructor(socket: ClientSocket) {
    socket.on('board:event', (event) => this.record(() => this.events.push(event)));
    socket.on('presence', (state) => this.recordPresence({ event: 'presence', state }));
    socket.on('presence:delta', (delta) => this.recordPresence({ event: 'presence:delta', delta }));
    socket.on('board:revoked', ({ boardId }) => this.record(() => this.revoked.push(boardId)));
    socket.on('session:ended', ({ reason }) => this.record(() => this.sessionEnded.push(reason)));
    socket.on('user:changed', ({ userId }) => this.record(() => this.userChanged.push(userId)));
    socket.on('disconnect', (reason) => this.record(() => (this.disconnectReason = reason)));
  }

  async waitFor(predicate: (recorder: EventRecorder) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`Timed out; received ${this.events.length} events, ${this.presence.length} presence`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForEvents(count: number, timeoutMs?: number): Promise<void> {
    return this.waitFor((recorder) => recorder.events.length >= count, timeoutMs);
  }

  waitForDisconnect(timeoutMs?: number): Promise<void> {
    return this.waitFor((recorder) => recorder.disconnectReason !== null, timeoutMs);
  }

  private recordPresence(message: PresenceMessage): void {
    this.record(() => {
      this.presenceMessages.push(message);
      this.presence.push(this.presenceFold.apply(message));
    });
  }

  private record(change: () => unknown): void {
    change();
    this.notify();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
