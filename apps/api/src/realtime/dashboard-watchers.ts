import { ANY_BOARD, STATS_CHANGED_THROTTLE_MS, type BoardEvent, type BoardView } from '@duban/contracts';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventBus } from '../board-events/board-event-bus';
import { BoardsService } from '../boards/boards.service';
import type { DubanServer, MemberSocket } from './socket-types';

/** Watchers who see every board: supervisors and administrators. */
const EVERY_BOARD_ROOM = 'stats:every';
/** Every watcher: boards restricted to no department are shown to everyone. */
const OPEN_BOARDS_ROOM = 'stats:open';
/** Members of one department: the boards restricted to departments including theirs. */
const departmentRoom = (departmentId: string) => `stats:department:${departmentId}`;
const isWatchRoom = (room: string) => room.startsWith('stats:');

/**
 * Who gets `stats:changed`. The rooms are by audience, not by board, mirroring `canSeeBoard`: a watching
 * socket is in `stats:open`, plus `stats:every` (supervisor, admin) or `stats:department:<its user's
 * department>` (a member with one). A board's notice goes to `stats:open` when it is restricted to no
 * department, else to `stats:every` and the rooms of its departments. The audience is worked out from the
 * board as stored when the notice goes out, so boards created or opened up later need no bookkeeping and a
 * board restricted away stops reaching the former audience at once (they get `board:revoked` once, so
 * their figures drop it). A change of the user's role or department moves their watching sockets to the
 * rooms of the new one (`recheck`). Only rooms are used, no list of watchers kept in this process, so with
 * a cluster adapter (none is wired yet) a change committed in one process reaches watchers on any other.
 *
 * At most one notice per board every `STATS_CHANGED_THROTTLE_MS` leaves this process: the first at once,
 * the rest of the window's changes as one notice with the latest seq at its end. (Commits on one board in
 * several processes within one window can each send theirs.)
 */
@Injectable()
export class DashboardWatchers implements OnModuleDestroy {
  private readonly logger = new Logger(DashboardWatchers.name);
  private server?: DubanServer;
  /** Boards notified within the last window, with the latest change that arrived since (to send at its end). */
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; latest: BoardEvent | null }>();
  /** Per board, the seq of the latest change to its settings (visibility among them) seen here. */
  private readonly settingsSeqs = new Map<string, number>();
  private readonly subscription: Subscription;

  constructor(
    bus: BoardEventBus,
    private readonly boards: BoardsService,
  ) {
    this.subscription = bus.committed$.subscribe((event) => this.accept(event));
  }

  attach(server: DubanServer): void {
    this.server = server;
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
    for (const window of this.windows.values()) clearTimeout(window.timer);
  }

  /** The socket gets `stats:changed` of the boards its user may see, until `unwatch` or disconnect. */
  watch(socket: MemberSocket, user: AuthUser): void {
    this.unwatch(socket);
    socket.join(roomsOf(user));
  }

  unwatch(socket: MemberSocket): void {
    for (const room of [...socket.rooms].filter(isWatchRoom)) socket.leave(room);
  }

  /**
   * The user changed: a watching socket moves to the rooms of who they are now and, if that changes what
   * they may see (role or department), is told to refetch every figure.
   */
  recheck(socket: MemberSocket, user: AuthUser): void {
    if (!socket.rooms.has(OPEN_BOARDS_ROOM)) return;
    const before = [...socket.rooms].filter(isWatchRoom).sort().join();
    this.watch(socket, user);
    if (roomsOf(user).sort().join() !== before) socket.emit('stats:changed', { boardId: ANY_BOARD, seq: -1 });
  }

  private accept(event: BoardEvent): void {
    if (isBoardChange(event)) {
      this.settingsSeqs.set(event.boardId, Math.max(event.seq, this.settingsSeqs.get(event.boardId) ?? 0));
      this.revokeFromFormerAudience(event);
    }
    const window = this.windows.get(event.boardId);
    if (window) {
      if (!window.latest || window.latest.seq < event.seq) window.latest = event;
      return;
    }
    void this.send(event);
    this.openWindow(event.boardId);
  }

  private openWindow(boardId: string): void {
    const timer = setTimeout(() => {
      const latest = this.windows.get(boardId)?.latest;
      this.windows.delete(boardId);
      if (!latest) return;
      void this.send(latest);
      this.openWindow(boardId);
    }, STATS_CHANGED_THROTTLE_MS);
    timer.unref();
    this.windows.set(boardId, { timer, latest: null });
  }

  private async send(event: BoardEvent): Promise<void> {
    try {
      const departmentIds = await this.departmentsOf(event);
      if (departmentIds === null) return;
      // The board's settings changed while they were read: the audience read may be the former one. The
      // later change sends its own notice (now, or at the end of the window), to the audience as it is.
      if (!isBoardChange(event) && (this.settingsSeqs.get(event.boardId) ?? 0) > event.seq) return;
      this.server
        ?.to(audienceOf(departmentIds))
        .emit('stats:changed', { boardId: event.boardId, seq: event.seq });
    } catch (error) {
      this.logger.error(`Could not announce the change of board ${event.boardId} to dashboards`, error);
    }
  }

  /** Who may see the board now: as the board event says, or as stored (null: gone or archived). */
  private async departmentsOf(event: BoardEvent): Promise<string[] | null> {
    if (isBoardChange(event)) return event.data.departmentIds;
    const [board] = await this.boards.findAll([event.boardId]);
    return board ? board.departmentIds : null;
  }

  /** Watchers who could see the board before this change and cannot now: `board:revoked`, once. */
  private revokeFromFormerAudience(event: BoardEvent): void {
    const change = event.changes.find((candidate) => candidate.field === 'departmentIds');
    if (!change || !Array.isArray(change.before) || !Array.isArray(change.after)) return;
    this.server
      ?.to(audienceOf(change.before))
      .except(audienceOf(change.after))
      .emit('board:revoked', { boardId: event.boardId });
  }
}

function roomsOf(user: AuthUser): string[] {
  if (user.role !== 'member') return [OPEN_BOARDS_ROOM, EVERY_BOARD_ROOM];
  return user.departmentId ? [OPEN_BOARDS_ROOM, departmentRoom(user.departmentId)] : [OPEN_BOARDS_ROOM];
}

function audienceOf(departmentIds: readonly string[]): string[] {
  return departmentIds.length === 0
    ? [OPEN_BOARDS_ROOM]
    : [EVERY_BOARD_ROOM, ...departmentIds.map(departmentRoom)];
}

function isBoardChange(event: BoardEvent): event is Extract<BoardEvent, { data: BoardView }> {
  return event.type.startsWith('board.');
}
