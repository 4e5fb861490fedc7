import {
  MAX_MISSED_EVENTS,
  type BoardJoinRequest,
  type BoardJoinResult,
  type PresenceEditingRequest,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventsService } from '../board-events/board-events.service';
import { BoardsService } from '../boards/boards.service';
import { DomainError } from '../common/domain-error';
import { TasksService } from '../tasks/tasks.service';
import { PresenceBroadcaster } from './presence-broadcaster';
import { PresenceService } from './presence.service';
import { boardOfRoom, boardRoom, presenceRoom, type DubanSocket, type MemberSocket } from './socket-types';

/**
 * Who is in which board's room, and why: a socket enters a board's room only while its user, as stored
 * now, may see the board, and leaves it (told by `board:revoked`) the moment that stops being true.
 */
@Injectable()
export class BoardRooms {
  constructor(
    private readonly boards: BoardsService,
    private readonly boardEvents: BoardEventsService,
    private readonly tasks: TasksService,
    private readonly presence: PresenceService,
    private readonly presenceBroadcaster: PresenceBroadcaster,
  ) {}

  /** Admits the socket if `user` may see the board, and answers what it missed since `afterSeq`. */
  async join(socket: DubanSocket, user: AuthUser, request: BoardJoinRequest): Promise<BoardJoinResult> {
    const { boardId, afterSeq } = request;
    await this.boards.getVisible(user, boardId);
    // Join before reading: an event committed meanwhile then arrives live or in `missed` (or both; clients
    // drop duplicates by seq), never in neither.
    await socket.join([boardRoom(boardId), presenceRoom(boardId, socket.data.protocolVersion)]);
    // A socket that went while the board was read has had its presence cleared: it must not come back.
    if (socket.connected) {
      this.presence.join(boardId, socket.id, viewerOf(user));
      // Already in the presence room: every delta sent after this whole state reaches the socket too.
      this.presenceBroadcaster.greet(socket, boardId);
      this.presenceBroadcaster.changed(boardId);
    }
    return this.catchUp(boardId, afterSeq);
  }

  async leave(socket: DubanSocket, boardId: string): Promise<void> {
    await socket.leave(boardRoom(boardId));
    await socket.leave(presenceRoom(boardId, socket.data.protocolVersion));
    if (this.presence.leave(boardId, socket.id)) this.presenceBroadcaster.changed(boardId);
  }

  /** Shares which task of the board the socket's user has open, viewing or editing; only a task of that board. */
  async setEditing(socket: DubanSocket, request: PresenceEditingRequest): Promise<void> {
    // Clients from before "viewing" send no activity: what they announce is editing.
    const { boardId, taskId, activity = 'editing' } = request;
    if (!socket.rooms.has(boardRoom(boardId))) {
      throw DomainError.forbidden('Join the board before sharing what you edit');
    }
    if (taskId !== null) await this.assertTaskOnBoard(socket.data.user, boardId, taskId);
    if (this.presence.setTask(boardId, socket.id, taskId, activity))
      this.presenceBroadcaster.changed(boardId);
  }

  /** The user changed (role, department, name): keeps the socket only in the boards they may still see. */
  async recheck(socket: MemberSocket, user: AuthUser): Promise<void> {
    socket.data.user = user;
    for (const boardId of boardsOf(socket)) {
      if (!(await this.maySee(user, boardId))) {
        this.revoke(socket, boardId);
      } else {
        // Presence shows the name as it is now (what the socket edits stays).
        this.presence.join(boardId, socket.id, viewerOf(user));
        this.presenceBroadcaster.changed(boardId);
      }
    }
  }

  /** Takes the socket out of the board's room, tells it, and tells the room it has gone. */
  revoke(socket: MemberSocket, boardId: string): void {
    void socket.leave(boardRoom(boardId));
    void socket.leave(presenceRoom(boardId, socket.data.protocolVersion));
    socket.emit('board:revoked', { boardId });
    if (this.presence.leave(boardId, socket.id)) this.presenceBroadcaster.changed(boardId);
  }

  /** The socket has gone: it leaves every board's presence (Socket.IO empties its rooms itself). */
  forget(socketId: string): void {
    for (const boardId of this.presence.leaveAll(socketId)) this.presenceBroadcaster.changed(boardId);
  }

  private async maySee(user: AuthUser, boardId: string): Promise<boolean> {
    return this.boards.getVisible(user, boardId).then(() => true, falseIfNotFound);
  }

  private async assertTaskOnBoard(user: AuthUser, boardId: string, taskId: string): Promise<void> {
    const task = await this.tasks.findVisible(user, taskId).catch(falseIfNotFound);
    if (!task || task.boardId !== boardId) {
      const message = 'no such task on this board';
      throw new DomainError('not_found', `taskId: ${message}`, [{ field: 'taskId', message }]);
    }
  }

  private async catchUp(boardId: string, afterSeq: number | undefined): Promise<BoardJoinResult> {
    const seq = await this.boardEvents.currentSeq(boardId);
    if (afterSeq === undefined || afterSeq === seq) return { ok: true, seq, missed: [] };
    if (afterSeq > seq || seq - afterSeq > MAX_MISSED_EVENTS) return { ok: true, seq, resync: true };
    const missed = await this.boardEvents.eventsAfter(boardId, afterSeq, seq - afterSeq);
    return { ok: true, seq, missed };
  }
}

function viewerOf(user: AuthUser) {
  return { userId: user.id, displayName: user.displayName };
}

function boardsOf(socket: MemberSocket): string[] {
  return [...socket.rooms].map(boardOfRoom).filter((boardId) => boardId !== null);
}

/** A board or task the user may not see reads as not found: that is an answer, not a failure. */
function falseIfNotFound(error: unknown): false {
  if (error instanceof DomainError && error.code === 'not_found') return false;
  throw error;
}
