import type { PresenceActivity, PresenceState, PresenceViewer } from '@duban/contracts';
import { Injectable } from '@nestjs/common';

type Viewer = Pick<PresenceViewer, 'userId' | 'displayName'>;
type OpenTask = PresenceViewer['task'];

/** One tab on a board, as another API process reports it (plain values: it travels through Redis). */
export type PresenceEntry = Viewer & { task: OpenTask };
/** What one API process has on each board it has viewers on. */
export type PresenceSlices = Record<string, PresenceEntry[]>;

/** How much a tab tells about its user: editing says more than viewing, viewing more than nothing. */
const weight = (task: OpenTask): number => (task === null ? 0 : task.activity === 'editing' ? 2 : 1);

/**
 * Who is looking at which board, and at which of its tasks, per socket. Kept in memory; never stored.
 * With several API processes, each keeps its own sockets here and the others' as they last reported them
 * (`remote`, by process), and a board's state is the union.
 */
@Injectable()
export class PresenceService {
  private readonly boards = new Map<string, Map<string, Viewer & { task: OpenTask }>>();
  private readonly remote = new Map<string, { slices: PresenceSlices; seenAt: number }>();

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

  /** This process's tabs on the board, to tell the other processes. */
  localSlice(boardId: string): PresenceEntry[] {
    return [...(this.boards.get(boardId)?.values() ?? [])].map(({ userId, displayName, task }) => ({
      userId,
      displayName,
      task: task && { ...task },
    }));
  }

  /** Every board this process has tabs on, with them. */
  localSlices(): PresenceSlices {
    return Object.fromEntries([...this.boards.keys()].map((boardId) => [boardId, this.localSlice(boardId)]));
  }

  /**
   * What another process has on some boards now (`complete`: on every board; boards it no longer lists
   * are emptied). @returns the boards whose remote part changed
   */
  setRemote(processId: string, slices: PresenceSlices, complete: boolean, now: number): string[] {
    const known = this.remote.get(processId);
    const before = known?.slices ?? {};
    const after: PresenceSlices = complete ? {} : { ...before };
    for (const [boardId, entries] of Object.entries(slices)) {
      if (entries.length > 0) after[boardId] = entries;
      else delete after[boardId];
    }
    this.remote.set(processId, { slices: after, seenAt: now });
    return changedBoards(before, after);
  }

  /** Forgets processes not heard of since `before` (gone without a word). @returns the boards they were on */
  forgetSilent(before: number): string[] {
    const boards: string[] = [];
    for (const [processId, { slices, seenAt }] of this.remote) {
      if (seenAt >= before) continue;
      this.remote.delete(processId);
      boards.push(...Object.keys(slices));
    }
    return [...new Set(boards)];
  }

  /** One entry per user, however many tabs they have open: the tab that says most (editing, viewing). */
  state(boardId: string): PresenceState {
    const byUser = new Map<string, Viewer & { task: OpenTask }>();
    const remote = [...this.remote.values()].flatMap(({ slices }) => slices[boardId] ?? []);
    for (const viewer of [...(this.boards.get(boardId)?.values() ?? []), ...remote]) {
      const seen = byUser.get(viewer.userId);
      if (!seen || weight(viewer.task) > weight(seen.task)) byUser.set(viewer.userId, viewer);
    }
    return { boardId, viewers: [...byUser.values()].map(toPresenceViewer) };
  }
}

function changedBoards(before: PresenceSlices, after: PresenceSlices): string[] {
  const boards = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...boards].filter((boardId) => JSON.stringify(before[boardId]) !== JSON.stringify(after[boardId]));
}

function toPresenceViewer({ userId, displayName, task }: Viewer & { task: OpenTask }): PresenceViewer {
  return {
    userId,
    displayName,
    task: task && { ...task },
    editingTaskId: task?.activity === 'editing' ? task.taskId : null,
  };
}
