import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isEmptyDelta, presenceDelta, sentPresenceOf, type SentPresence } from './presence-delta';
import { PresenceService } from './presence.service';
import { presenceRoom, type DubanServer, type DubanSocket } from './socket-types';

/** At most one presence message per board in this interval (besides the first of a quiet board). */
export const PRESENCE_INTERVAL_MS = 150;
/** With several API processes: how often each tells the others everything it has (new ones learn it so). */
export const PRESENCE_HEARTBEAT_MS = 5_000;
/** A process not heard of for this long has died without a word: its viewers are dropped. */
export const PRESENCE_SILENCE_MS = 3 * PRESENCE_HEARTBEAT_MS;

/**
 * Sends a board's presence to its sockets, coalesced: the first change of a quiet board goes out at once,
 * changes within the next interval go out together at its end (the trailing send carries the latest
 * state, so the last word is never lost). A flood of edit focus changes thus costs each viewer a few
 * messages per second, not one per change.
 *
 * Version 2 sockets get the whole presence once when they join, then only what changed (`presence:delta`,
 * diffed against what this process last sent the board): N joins then cost O(N) entries per socket, where
 * whole lists cost O(N) per flush. Version 1 sockets get the whole presence on every send, as before.
 *
 * With several API processes (REDIS_URL), each sends the board's presence (the union) to its own sockets,
 * diffing against its own last send, and tells the others what its own sockets do (on each change, and all
 * of it every few seconds); a process that stops telling is forgotten, so a killed process's viewers leave
 * everyone's list.
 */
@Injectable()
export class PresenceBroadcaster implements OnModuleDestroy {
  private server?: DubanServer;
  private readonly processId = randomUUID();
  /** Boards whose interval is running; `dirty` when a change waits for its end, `share` if one is ours. */
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; dirty: boolean; share: boolean }>();
  /** What each board's version 2 sockets were last sent (boards nobody is on are dropped). */
  private readonly sent = new Map<string, SentPresence>();
  private heartbeat?: NodeJS.Timeout;
  /** Shutting down: the sockets' last leaves are not worth a message to anyone. */
  private destroyed = false;

  constructor(
    private readonly presence: PresenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  attach(server: DubanServer): void {
    this.server = server;
    if (!this.config.redisUrl) return;
    server.on('presence:slices', ({ processId, slices, complete }) => {
      if (processId === this.processId) return;
      for (const boardId of this.presence.setRemote(processId, slices, complete, Date.now())) {
        this.changed(boardId, false);
      }
    });
    this.heartbeat = setInterval(() => this.beat(), PRESENCE_HEARTBEAT_MS);
    this.heartbeat.unref();
    this.beat();
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    clearInterval(this.heartbeat);
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
    this.sent.clear();
  }

  /**
   * The socket has just entered the board's presence room for its version. A version 2 socket gets the
   * board's whole presence as its room was last sent it, so that the next delta, diffed against that very
   * state, brings it to the current one (the current state instead could show someone who comes and goes
   * before the next send, and whom no delta would then remove). Version 1 sockets wait for the next send.
   */
  greet(socket: DubanSocket, boardId: string): void {
    if (socket.data.protocolVersion !== 2) return;
    socket.emit('presence', { boardId, viewers: [...(this.sent.get(boardId)?.values() ?? [])] });
  }

  /**
   * Someone joined, left or changed what they edit on the board: one of this process's sockets
   * (`share`: the other processes are told), or another process's.
   */
  changed(boardId: string, share = true): void {
    if (this.destroyed) return;
    const window = this.windows.get(boardId);
    if (window) {
      window.dirty = true;
      window.share ||= share;
      return;
    }
    this.send(boardId, share);
    this.open(boardId);
  }

  private open(boardId: string): void {
    const timer = setTimeout(() => this.close(boardId), PRESENCE_INTERVAL_MS);
    timer.unref();
    this.windows.set(boardId, { timer, dirty: false, share: false });
  }

  private close(boardId: string): void {
    const window = this.windows.get(boardId);
    this.windows.delete(boardId);
    if (!window?.dirty) return;
    this.send(boardId, window.share);
    this.open(boardId);
  }

  private send(boardId: string, share: boolean): void {
    const server = this.server;
    if (!server) return;
    if (share && this.config.redisUrl) {
      const slices = { [boardId]: this.presence.localSlice(boardId) };
      server.serverSideEmit('presence:slices', { processId: this.processId, slices, complete: false });
    }
    const state = this.presence.state(boardId);
    const wholeRoom = presenceRoom(boardId, 1);
    // Encoding the whole list for an empty room would be wasted: most clients speak version 2.
    if (server.sockets.adapter.rooms.has(wholeRoom)) server.local.to(wholeRoom).emit('presence', state);
    const delta = presenceDelta(boardId, this.sent.get(boardId) ?? new Map(), state.viewers);
    if (state.viewers.length > 0) this.sent.set(boardId, sentPresenceOf(state.viewers));
    else this.sent.delete(boardId);
    if (!isEmptyDelta(delta)) server.local.to(presenceRoom(boardId, 2)).emit('presence:delta', delta);
  }

  /** Tells the others all this process has, and forgets the processes that have gone quiet. */
  private beat(): void {
    const slices = this.presence.localSlices();
    this.server?.serverSideEmit('presence:slices', { processId: this.processId, slices, complete: true });
    for (const boardId of this.presence.forgetSilent(Date.now() - PRESENCE_SILENCE_MS)) {
      this.changed(boardId, false);
    }
  }
}
