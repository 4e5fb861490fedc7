import type { PresenceActivity, PresenceState, PresenceViewer } from '@duban/contracts';
import { Injectable } from '@nestjs/common';

type Viewer = Pick<PresenceViewer, 'userId' | 'displayName'>;
type OpenTask = PresenceViewer['task'];

/** How much a tab tells about its user: editing says more than viewing, viewing more than nothing. */
const weight = (task: OpenTask): number => (task === null ? 0 : task.activity === 'editing' ? 2 : 1);

/** Who is looking at which board, and at which of its tasks, per socket. Kept in memory; never stored. */
@Injectable()
export class PresenceService {
  private readonly boards = new Map<string, Map<string, Viewer & { task: OpenTask }>>();

  join(boardId: string, socketId: string, viewer: Viewer): void {
    const viewers = this.boards.get(boardId) ?? new Map<string, Viewer & { task: OpenTask }>();
    viewers.set(socketId, { ...viewer, task: viewers.get(socketId)?.task ?? null });
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

  /**
   * The task the socket's user has open (null: none), viewing it or editing it.
   * @returns whether the socket is on the board
   */
  setTask(boardId: string, socketId: string, taskId: string | null, activity: PresenceActivity): boolean {
    const viewer = this.boards.get(boardId)?.get(socketId);
    if (!viewer) return false;
    viewer.task = taskId === null ? null : { taskId, activity };
    return true;
  }

  /** One entry per user, however many tabs they have open: the tab that says most (editing, viewing). */
  state(boardId: string): PresenceState {
    const byUser = new Map<string, Viewer & { task: OpenTask }>();
    for (const viewer of this.boards.get(boardId)?.values() ?? []) {
      const seen = byUser.get(viewer.userId);
      if (!seen || weight(viewer.task) > weight(seen.task)) byUser.set(viewer.userId, viewer);
    }
    return { boardId, viewers: [...byUser.values()].map(toPresenceViewer) };
  }
}

function toPresenceViewer({ userId, displayName, task }: Viewer & { task: OpenTask }): PresenceViewer {
  return {
    userId,
    displayName,
    task: task && { ...task },
    editingTaskId: task?.activity === 'editing' ? task.taskId : null,
  };
}
