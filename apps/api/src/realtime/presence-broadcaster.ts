import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PresenceService } from './presence.service';
import { boardRoom, type DubanServer } from './socket-types';

/** At most one `presence` message per board in this interval (besides the first of a quiet board). */
export const PRESENCE_INTERVAL_MS = 150;

/**
 * Sends a board's presence to its room, coalesced: the first change of a quiet board goes out at once,
 * changes within the next interval go out together at its end (the trailing send carries the latest
 * state, so the last word is never lost). A flood of edit focus changes thus costs each viewer a few
 * messages per second, not one per change.
 */
@Injectable()
export class PresenceBroadcaster implements OnModuleDestroy {
  private server?: DubanServer;
  /** Boards whose interval is running; `dirty` when a change waits for its end. */
  private readonly windows = new Map<string, { timer: NodeJS.Timeout; dirty: boolean }>();

  constructor(private readonly presence: PresenceService) {}

  attach(server: DubanServer): void {
    this.server = server;
  }

  onModuleDestroy(): void {
    for (const window of this.windows.values()) clearTimeout(window.timer);
    this.windows.clear();
  }

  /** Someone joined, left or changed what they edit on the board. */
  changed(boardId: string): void {
    const window = this.windows.get(boardId);
    if (window) {
      window.dirty = true;
      return;
    }
    this.send(boardId);
    this.open(boardId);
  }

  private open(boardId: string): void {
    const timer = setTimeout(() => this.close(boardId), PRESENCE_INTERVAL_MS);
    timer.unref();
    this.windows.set(boardId, { timer, dirty: false });
  }

  private close(boardId: string): void {
    const window = this.windows.get(boardId);
    this.windows.delete(boardId);
    if (!window?.dirty) return;
    this.send(boardId);
    this.open(boardId);
  }

  private send(boardId: string): void {
    this.server?.to(boardRoom(boardId)).emit('presence', this.presence.state(boardId));
  }
}
