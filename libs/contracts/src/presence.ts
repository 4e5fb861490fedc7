import type { PresenceDelta, PresenceViewer } from './protocol';

/**
 * A board's viewers after a `presence:delta`: entries of `delta.viewers` replace the same user's (or are
 * added at the end), users in `delta.left` are removed. Idempotent, so a delta that repeats what a whole
 * `presence` already showed changes nothing.
 */
export function applyPresenceDelta(
  viewers: readonly PresenceViewer[],
  delta: PresenceDelta,
): PresenceViewer[] {
  const gone = new Set(delta.left);
  const changed = new Map(delta.viewers.map((viewer) => [viewer.userId, viewer]));
  const kept = viewers
    .filter((viewer) => !gone.has(viewer.userId))
    .map((viewer) => changed.get(viewer.userId) ?? viewer);
  const known = new Set(viewers.map((viewer) => viewer.userId));
  return [...kept, ...delta.viewers.filter((viewer) => !known.has(viewer.userId))];
}
