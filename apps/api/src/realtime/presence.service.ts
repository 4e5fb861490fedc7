import type { PresenceState, PresenceViewer } from '@duban/contracts';
import { Injectable } from '@nestjs/common';

/** Who is looking at which board, per socket. Kept in memory; never stored. */
@Injectable()
export class PresenceService {
  private readonly boards = new Map<string, Map<string, PresenceViewer>>();

  join(boardId: string, socketId: string, viewer: Omit<PresenceViewer, 'editingTaskId'>): void {
    const viewers = this.boards.get(boardId) ?? new Map<string, PresenceViewer>();
    viewers.set(socketId, { ...viewer, editingTaskId: viewers.get(socketId)?.editingTaskId ?? null });
    this.boards.set(boardId, viewers);
  }

  /** @returns whether the socket was on the board */
  leave(boardId: string, socketId: string): boolean {
    const viewers = this.boards.get(boardId);
    const removed = viewers?.delete(socketId) ?? false;
    if (viewers?.size === 0) this.boards.delete(boardId);
    return removed;
  }

  /** @returns the boards the socket was on */
  leaveAll(socketId: string): string[] {
    return [...this.boards.keys()].filter((boardId) => this.leave(boardId, socketId));
  }

  /** @returns whether the socket is on the board */
  setEditing(boardId: string, socketId: string, taskId: string | null): boolean {
    const viewer = this.boards.get(boardId)?.get(socketId);
    if (!viewer) return false;
    viewer.editingTaskId = taskId;
    return true;
  }

  /** One entry per user, however many tabs they have open; editing wins over viewing. */
  state(boardId: string): PresenceState {
    const byUser = new Map<string, PresenceViewer>();
    for (const viewer of this.boards.get(boardId)?.values() ?? []) {
      const seen = byUser.get(viewer.userId);
      if (!seen || (!seen.editingTaskId && viewer.editingTaskId)) byUser.set(viewer.userId, { ...viewer });
    }
    return { boardId, viewers: [...byUser.values()] };
  }
}
