import type { PresenceDelta, PresenceViewer } from '@duban/contracts';

/** What a process last sent a board's version 2 sockets, by userId: the base of its next delta. */
export type SentPresence = ReadonlyMap<string, PresenceViewer>;

/** The entries as the base of the next delta. */
export function sentPresenceOf(viewers: readonly PresenceViewer[]): SentPresence {
  return new Map(viewers.map((viewer) => [viewer.userId, viewer]));
}

/**
 * From what the board's sockets were last sent to `viewers` (the board's state now): the users who appeared
 * or whose entry changed, whole, and the users who left. Empty (`isEmptyDelta`) when nothing changed.
 */
export function presenceDelta(
  boardId: string,
  sent: SentPresence,
  viewers: readonly PresenceViewer[],
): PresenceDelta {
  const present = new Set(viewers.map((viewer) => viewer.userId));
  return {
    boardId,
    viewers: viewers.filter((viewer) => !sameViewer(sent.get(viewer.userId), viewer)),
    left: [...sent.keys()].filter((userId) => !present.has(userId)),
  };
}

export function isEmptyDelta(delta: PresenceDelta): boolean {
  return delta.viewers.length === 0 && delta.left.length === 0;
}

function sameViewer(before: PresenceViewer | undefined, after: PresenceViewer): boolean {
  return (
    before !== undefined &&
    before.displayName === after.displayName &&
    before.editingTaskId === after.editingTaskId &&
    before.task?.taskId === after.task?.taskId &&
    before.task?.activity === after.task?.activity
  );
}
