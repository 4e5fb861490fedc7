import {
  boardJoinSchema,
  boardLeaveSchema,
  dashboardUnwatchSchema,
  dashboardWatchSchema,
  presenceEditingSchema,
  type BoardJoinResult,
  type ClientToServerEvents,
  type SimpleAck,
  type SocketError,
} from '@duban/contracts';
import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import { BoardRooms } from './board-rooms.service';
import { DashboardWatchers } from './dashboard-watchers';
import { NotificationBroadcaster } from './notification-broadcaster';
import { PresenceBroadcaster } from './presence-broadcaster';
import { connectError, parseMessage, socketError } from './socket-errors';
import { SocketRateLimiter } from './socket-rate-limiter';
import { SocketSessions } from './socket-sessions.service';
import type { DubanServer, DubanSocket } from './socket-types';

type Refused = { ok: false; error: SocketError };

/**
 * The only place that speaks Socket.IO: admits sockets, and answers their messages within each socket's
 * rate limits, delegating to the sessions (who the socket is now) and the board rooms (what it may see).
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(RealtimeGateway.name);

  constructor(
    private readonly sessions: SocketSessions,
    private readonly rooms: BoardRooms,
    private readonly limits: SocketRateLimiter,
    private readonly broadcaster: BoardEventBroadcaster,
    private readonly notifications: NotificationBroadcaster,
    private readonly presence: PresenceBroadcaster,
    private readonly dashboards: DashboardWatchers,
  ) {}

  afterInit(server: DubanServer): void {
    this.sessions.attach(server);
    this.broadcaster.attach(server);
    this.notifications.attach(server);
    this.presence.attach(server);
    this.dashboards.attach(server);
    server.use((socket, next) => {
      this.sessions.admit(socket).then(
        () => next(),
        (error: unknown) => next(connectError(error, this.logger)),
      );
    });
  }

  handleConnection(socket: DubanSocket): void {
    this.sessions.watch(socket);
  }

  handleDisconnect(socket: DubanSocket): void {
    this.sessions.forget(socket.id);
    this.rooms.forget(socket.id);
    void this.limits.forget(socket.id);
  }

  @SubscribeMessage('board:join')
  join(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<BoardJoinResult> {
    return this.answer(socket, 'board:join', async () => {
      const request = parseMessage(boardJoinSchema, body);
      // Access is decided by the user as stored now, not as they were when the socket connected.
      return this.sessions.exclusive(socket.id, async () =>
        this.rooms.join(socket, await this.sessions.refresh(socket), request),
      );
    });
  }

  @SubscribeMessage('board:leave')
  leave(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.answer(socket, 'board:leave', async () => {
      const { boardId } = parseMessage(boardLeaveSchema, body);
      await this.sessions.exclusive(socket.id, () => this.rooms.leave(socket, boardId));
      return { ok: true };
    });
  }

  @SubscribeMessage('presence:editing')
  editing(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.answer(socket, 'presence:editing', async () => {
      const request = parseMessage(presenceEditingSchema, body);
      // In the order sent: the task lookups of quick successive changes must not reorder them.
      await this.sessions.exclusive(socket.id, () => this.rooms.setEditing(socket, request));
      return { ok: true };
    });
  }

  @SubscribeMessage('dashboard:watch')
  watchDashboard(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.answer(socket, 'dashboard:watch', async () => {
      parseMessage(dashboardWatchSchema, body);
      // Who the user is now decides the audience; in order with the socket's joins and re-checks.
      await this.sessions.exclusive(socket.id, async () =>
        this.dashboards.watch(socket, await this.sessions.refresh(socket)),
      );
      return { ok: true };
    });
  }

  @SubscribeMessage('dashboard:unwatch')
  unwatchDashboard(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    return this.answer(socket, 'dashboard:unwatch', async () => {
      parseMessage(dashboardUnwatchSchema, body);
      await this.sessions.exclusive(socket.id, () => Promise.resolve(this.dashboards.unwatch(socket)));
      return { ok: true };
    });
  }

  /** Does the work if the socket is within its limit for the message; any failure becomes the ack. */
  private async answer<T>(
    socket: DubanSocket,
    message: keyof ClientToServerEvents,
    work: () => Promise<T>,
  ): Promise<T | Refused> {
    const verdict = await this.limits.consume(socket.id, message);
    if (!verdict.allowed) {
      // A client that ignores refusals is a script flooding us: it loses the connection, once the messages
      // it has sent so far have been answered.
      if (verdict.disconnect) setImmediate(() => socket.disconnect(true));
      return { ok: false, error: verdict.error };
    }
    try {
      return await work();
    } catch (error) {
      return { ok: false, error: socketError(error, this.logger) };
    }
  }
}
