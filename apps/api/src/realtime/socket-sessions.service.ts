import {
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
  type ProtocolVersion,
  type SessionEndReason,
} from '@duban/contracts';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Mutex } from 'async-mutex';
import type { Subscription } from 'rxjs';
import type { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { SessionEvents, type SessionEvent } from '../auth/session-events';
import { DomainError } from '../common/domain-error';
import { BoardRooms } from './board-rooms.service';
import { DashboardWatchers } from './dashboard-watchers';
import { sessionRoom, userRoom, type DubanServer, type DubanSocket, type MemberSocket } from './socket-types';

/** More sockets than this for one user (tabs, devices) are refused at the handshake. */
export const MAX_SOCKETS_PER_USER = 20;

/** setTimeout's longest delay; a token that lives longer is looked at again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A socket stands for a session, not for the token it once showed: it is admitted as the user is stored
 * now, ended when the token expires or the session ends (`session:ended`, then disconnected), and its
 * boards (and dashboard audience) are checked again whenever the user's role or department changes.
 */
@Injectable()
export class SocketSessions implements OnModuleDestroy {
  private readonly logger = new Logger(SocketSessions.name);
  private server?: DubanServer;
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  /** One per connected socket: its joins and re-checks run one at a time, never interleaved. */
  private readonly locks = new Map<string, Mutex>();
  private readonly subscription: Subscription;

  constructor(
    private readonly auth: AuthService,
    private readonly rooms: BoardRooms,
    private readonly dashboards: DashboardWatchers,
    events: SessionEvents,
  ) {
    this.subscription = events.events$.subscribe((event) => void this.onSessionEvent(event));
  }

  attach(server: DubanServer): void {
    this.server = server;
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
  }

  /**
   * The handshake: the client must speak a protocol version this server does, the token's session must be
   * live, and the user under the socket cap.
   */
  async admit(socket: DubanSocket): Promise<void> {
    const protocolVersion = protocolVersionOf(socket);
    const { user, sessionId, expiresAt } = await this.auth.authenticate(tokenOf(socket));
    const room = userRoom(user.id);
    // Counted and joined in one synchronous step, so simultaneous handshakes cannot all slip under the
    // cap. The count is this process's; the cap is about one client's load on one process.
    const open = socket.nsp.adapter.rooms.get(room)?.size ?? 0;
    if (open >= MAX_SOCKETS_PER_USER) {
      throw new DomainError(
        'rate_limited',
        `Too many connections: at most ${MAX_SOCKETS_PER_USER} per user; close a tab and reload`,
      );
    }
    socket.data = { user, sessionId, expiresAt: expiresAt.getTime(), protocolVersion };
    void socket.join(room);
    if (sessionId) void socket.join(sessionRoom(sessionId));
  }

  /** The socket is connected: it is ended when its token expires. */
  watch(socket: DubanSocket): void {
    this.locks.set(socket.id, new Mutex());
    this.scheduleExpiry(socket);
  }

  forget(socketId: string): void {
    clearTimeout(this.expiryTimers.get(socketId));
    this.expiryTimers.delete(socketId);
    this.locks.delete(socketId);
  }

  /** Runs work for one socket after any already running for it. */
  exclusive<T>(socketId: string, work: () => Promise<T>): Promise<T> {
    const lock = this.locks.get(socketId);
    return lock ? lock.runExclusive(work) : work();
  }

  /** The socket's user as stored now; a socket whose session is over is ended and the call fails. */
  async refresh(socket: MemberSocket): Promise<AuthUser> {
    try {
      const { user } = await this.auth.authenticate(tokenOf(socket));
      socket.data.user = user;
      return user;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'unauthenticated') {
        const reason = Date.now() >= socket.data.expiresAt ? 'expired' : 'revoked';
        // Once the message that found out has been answered (its ack says unauthenticated), not before.
        setImmediate(() => this.end(socket, reason));
      }
      throw error;
    }
  }

  private end(socket: MemberSocket, reason: SessionEndReason): void {
    socket.emit('session:ended', { reason });
    socket.disconnect(true);
  }

  /** On the real time, as the session and its token's `exp` (see SessionsService), not the app's Clock. */
  private scheduleExpiry(socket: DubanSocket): void {
    const delay = socket.data.expiresAt - Date.now();
    const timer = setTimeout(
      () => (delay > MAX_TIMER_MS ? this.scheduleExpiry(socket) : this.end(socket, 'expired')),
      Math.min(Math.max(delay, 0), MAX_TIMER_MS),
    );
    timer.unref();
    this.expiryTimers.set(socket.id, timer);
  }

  private async onSessionEvent(event: SessionEvent): Promise<void> {
    try {
      switch (event.type) {
        case 'user.changed':
          return await this.userChanged(event.userId);
        case 'sessions.ended':
          return this.sessionsEnded(event.userId, event.sessionId);
      }
    } catch (error) {
      this.logger.error(`Could not apply ${event.type} of user ${event.userId} to live sockets`, error);
    }
  }

  private async userChanged(userId: string): Promise<void> {
    const sockets = (await this.server?.in(userRoom(userId)).fetchSockets()) ?? [];
    await Promise.all(
      sockets.map((socket) =>
        this.exclusive(socket.id, async () => {
          const user = await this.refresh(socket).catch(nullIfUnauthenticated);
          if (!user) return;
          await this.rooms.recheck(socket, user);
          this.dashboards.recheck(socket, user);
          socket.emit('user:changed', { userId });
        }),
      ),
    );
  }

  private sessionsEnded(userId: string, sessionId: string | undefined): void {
    const room = sessionId ? sessionRoom(sessionId) : userRoom(userId);
    const reason: SessionEndReason = sessionId ? 'signed_out' : 'revoked';
    this.server?.in(room).emit('session:ended', { reason });
    this.server?.in(room).disconnectSockets(true);
  }
}

/**
 * The client's protocol version. A client of a version the server does not speak would misread messages:
 * it is refused, so that it reloads (web) or upgrades.
 */
function protocolVersionOf(socket: MemberSocket): ProtocolVersion {
  const version: unknown = (socket.handshake.auth as { protocolVersion?: unknown } | undefined)
    ?.protocolVersion;
  const supported = SUPPORTED_PROTOCOL_VERSIONS.find((known) => known === version);
  if (supported !== undefined) return supported;
  const sent = typeof version === 'number' ? `version ${version}` : 'no auth.protocolVersion';
  const older = SUPPORTED_PROTOCOL_VERSIONS.filter((known) => known !== PROTOCOL_VERSION).join(', ');
  throw new DomainError(
    'protocol_mismatch',
    `The server speaks protocol version ${PROTOCOL_VERSION} (and ${older}), this client sent ${sent}: reload the page`,
  );
}

function tokenOf(socket: MemberSocket): string {
  const token: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string' || token === '') {
    throw new DomainError('unauthenticated', 'Send auth.token with a token from /api/auth/login');
  }
  return token;
}

/** A socket whose session is over has been ended by `refresh`: nothing is left to check. */
function nullIfUnauthenticated(error: unknown): null {
  if (error instanceof DomainError && error.code === 'unauthenticated') return null;
  throw error;
}
