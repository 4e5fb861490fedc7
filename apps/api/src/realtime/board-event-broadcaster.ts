import { canSeeBoard, type BoardEvent, type BoardView } from '@duban/contracts';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { BoardEventBus } from '../board-events/board-event-bus';
import { BoardEventsService } from '../board-events/board-events.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { BoardRooms } from './board-rooms.service';
import { boardRoom, type DubanServer } from './socket-types';

interface BoardStream {
  lastSeq: number;
  pending: Map<number, BoardEvent>;
  gapTimer?: NodeJS.Timeout;
}

/** How long an out-of-order event waits for the ones before it before they are read from the database. */
const GAP_WAIT_MS = 100;

/**
 * Sends committed events to each board's room in seq order. Commits on one board are serialized by the
 * board row lock, so events nearly always arrive in order; if one arrives early it waits briefly for the
 * missing ones and then they are read back from board_events, so clients see gapless increasing seqs.
 *
 * With several API processes (the Redis adapter), each process tells the others of the events it
 * committed, and each sends every event of the board to its own sockets only: every process sees the
 * board's whole stream, in order, and decides for its own sockets (who may still see the board).
 */
@Injectable()
export class BoardEventBroadcaster implements OnModuleDestroy {
  private readonly logger = new Logger(BoardEventBroadcaster.name);
  private readonly streams = new Map<string, BoardStream>();
  private server?: DubanServer;
  private readonly subscription: Subscription;

  constructor(
    bus: BoardEventBus,
    private readonly boardEvents: BoardEventsService,
    private readonly rooms: BoardRooms,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.subscription = bus.committed$.subscribe((event) => {
      this.accept(event);
      this.tellOtherProcesses(event);
    });
  }

  attach(server: DubanServer): void {
    this.server = server;
    server.on('board:committed', (event) => this.accept(event));
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
    for (const stream of this.streams.values()) clearTimeout(stream.gapTimer);
  }

  private tellOtherProcesses(event: BoardEvent): void {
    // Without Redis there is no other process to tell (and the in-process adapter refuses serverSideEmit).
    if (this.config.redisUrl) this.server?.serverSideEmit('board:committed', event);
  }

  private accept(event: BoardEvent): void {
    const stream: BoardStream = this.streams.get(event.boardId) ?? {
      lastSeq: event.seq - 1,
      pending: new Map(),
    };
    this.streams.set(event.boardId, stream);
    if (event.seq <= stream.lastSeq) return;
    stream.pending.set(event.seq, event);
    this.drain(stream);
    if (stream.pending.size > 0 && !stream.gapTimer) {
      stream.gapTimer = setTimeout(() => void this.fillGap(event.boardId, stream), GAP_WAIT_MS);
    }
  }

  private drain(stream: BoardStream): void {
    let next = stream.pending.get(stream.lastSeq + 1);
    while (next) {
      stream.pending.delete(next.seq);
      stream.lastSeq = next.seq;
      // Who may no longer see the board leaves before the change is sent: it is none of their business.
      if (next.type === 'board.updated' || next.type === 'board.archived' || next.type === 'board.restored')
        this.removeOutsiders(next.data);
      // This process's sockets: every process sends the event to its own.
      this.server?.local.to(boardRoom(next.boardId)).emit('board:event', next);
      next = stream.pending.get(stream.lastSeq + 1);
    }
    if (stream.pending.size === 0 && stream.gapTimer) {
      clearTimeout(stream.gapTimer);
      stream.gapTimer = undefined;
    }
  }

  /** Takes the sockets of users who may not see the board (any more) out of its room, and tells them. */
  private removeOutsiders(board: BoardView): void {
    const server = this.server;
    if (!server) return;
    const room = boardRoom(board.id);
    // The in-process adapter knows the room's sockets synchronously, so nothing is sent in between.
    for (const socketId of [...(server.sockets.adapter.rooms.get(room) ?? [])]) {
      const socket = server.sockets.sockets.get(socketId);
      if (socket && !canSeeBoard(socket.data.user, board)) this.rooms.revoke(socket, board.id);
    }
  }

  private async fillGap(boardId: string, stream: BoardStream): Promise<void> {
    stream.gapTimer = undefined;
    if (stream.pending.size === 0) return;
    const highest = Math.max(...stream.pending.keys());
    try {
      const missing = await this.boardEvents.eventsAfter(boardId, stream.lastSeq, highest - stream.lastSeq);
      for (const event of missing) if (event.seq > stream.lastSeq) stream.pending.set(event.seq, event);
    } catch (error) {
      this.logger.error(`Could not read missing events of board ${boardId}`, error);
    }
    this.drain(stream);
    if (stream.pending.size > 0) {
      // Still missing (should not happen): skip ahead; clients fetch the range themselves on a gap.
      stream.lastSeq = Math.min(...stream.pending.keys()) - 1;
      this.drain(stream);
    }
  }
}
