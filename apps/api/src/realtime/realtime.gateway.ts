import {
  boardJoinSchema,
  boardLeaveSchema,
  MAX_MISSED_EVENTS,
  presenceEditingSchema,
  type BoardJoinResult,
  type SimpleAck,
  type SocketError,
} from '@duban/contracts';
import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { ZodType } from 'zod';
import { AuthService } from '../auth/auth.service';
import { BoardsService } from '../boards/boards.service';
import { toApiError } from '../common/api-exception.filter';
import { DomainError } from '../common/domain-error';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import { NotificationBroadcaster } from './notification-broadcaster';
import { PresenceService } from './presence.service';
import { boardRoom, userRoom, type DubanServer, type DubanSocket } from './socket-types';

/** The only place that speaks Socket.IO: authenticates sockets, admits them to board rooms, relays presence. */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayDisconnect {
  private readonly logger = new Logger(RealtimeGateway.name);
  private server!: DubanServer;

  constructor(
    private readonly auth: AuthService,
    private readonly boards: BoardsService,
    private readonly presence: PresenceService,
    private readonly broadcaster: BoardEventBroadcaster,
    private readonly notifications: NotificationBroadcaster,
  ) {}

  afterInit(server: DubanServer): void {
    this.server = server;
    this.broadcaster.attach(server);
    this.notifications.attach(server);
    server.use((socket, next) => {
      const token: unknown = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token === '') {
        next(new Error('unauthenticated: send auth.token with a token from /api/auth/login'));
        return;
      }
      this.auth.userForToken(token).then(
        (user) => {
          socket.data.user = user;
          void socket.join(userRoom(user.id));
          next();
        },
        (error: unknown) => next(new Error(`unauthenticated: ${toApiError(error).message}`)),
      );
    });
  }

  handleDisconnect(socket: DubanSocket): void {
    for (const boardId of this.presence.leaveAll(socket.id)) this.sendPresence(boardId);
  }

  @SubscribeMessage('board:join')
  async join(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<BoardJoinResult> {
    try {
      const { boardId, afterSeq } = parse(boardJoinSchema, body);
      await this.boards.getVisible(socket.data.user, boardId);
      // Join before reading: an event committed meanwhile then arrives live or in `missed` (or both; clients
      // drop duplicates by seq), never in neither.
      await socket.join(boardRoom(boardId));
      this.presence.join(boardId, socket.id, {
        userId: socket.data.user.id,
        displayName: socket.data.user.displayName,
      });
      this.sendPresence(boardId);
      return await this.catchUp(boardId, afterSeq);
    } catch (error) {
      return { ok: false, error: socketError(error, this.logger) };
    }
  }

  @SubscribeMessage('board:leave')
  async leave(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): Promise<SimpleAck> {
    try {
      const { boardId } = parse(boardLeaveSchema, body);
      await socket.leave(boardRoom(boardId));
      if (this.presence.leave(boardId, socket.id)) this.sendPresence(boardId);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: socketError(error, this.logger) };
    }
  }

  @SubscribeMessage('presence:editing')
  editing(@ConnectedSocket() socket: DubanSocket, @MessageBody() body: unknown): SimpleAck {
    try {
      const { boardId, taskId } = parse(presenceEditingSchema, body);
      if (!this.presence.setEditing(boardId, socket.id, taskId)) {
        throw DomainError.forbidden('Join the board before sharing what you edit');
      }
      this.sendPresence(boardId);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: socketError(error, this.logger) };
    }
  }

  private async catchUp(boardId: string, afterSeq: number | undefined): Promise<BoardJoinResult> {
    const seq = await this.boards.currentSeq(boardId);
    if (afterSeq === undefined || afterSeq === seq) return { ok: true, seq, missed: [] };
    if (afterSeq > seq || seq - afterSeq > MAX_MISSED_EVENTS) return { ok: true, seq, resync: true };
    const missed = await this.boards.eventsAfter(boardId, afterSeq, seq - afterSeq);
    return { ok: true, seq, missed };
  }

  private sendPresence(boardId: string): void {
    this.server.to(boardRoom(boardId)).emit('presence', this.presence.state(boardId));
  }
}

function parse<T>(schema: ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw result.error;
  return result.data;
}

function socketError(error: unknown, logger: Logger): SocketError {
  const body = toApiError(error);
  if (body.statusCode >= 500) logger.error(error);
  return { code: body.code ?? 'internal_error', message: body.message };
}
