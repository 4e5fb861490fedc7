import type { BoardContainer, BoardLane } from './board-lanes';

/** While a card is dragged over another container, where it is shown there (before the drop). */
export interface DropPreview {
  taskId: string;
  containerId: string;
  index: number;
}

/** Where a card dropped over `overId` lands in its new container (it is not in `ids` yet). */
export function insertionIndex(ids: readonly string[], overId: string | null, belowOver: boolean): number {
  const overIndex = overId === null ? -1 : ids.indexOf(overId);
  if (overIndex === -1) return ids.length;
  return belowOver ? overIndex + 1 : overIndex;
}

export interface DropPlacement {
  /** Index of the card in the container after the drop. */
  index: number;
  /** The card just above it, as the API's move takes it (null: top of the column). */
  afterTaskId: string | null;
}

/**
 * Where the dragged card ends in the container it is shown in (`ids` includes it): dropped over another card
 * it takes that card's place, as sortable lists do (moving down lands below it, moving up above it).
 */
export function dropPlacement(
  ids: readonly string[],
  activeId: string,
  overId: string | null,
): DropPlacement {
  const from = ids.indexOf(activeId);
  if (from === -1) throw new Error(`Task ${activeId} is not in the container`);
  const overIndex = overId === null ? -1 : ids.indexOf(overId);
  const to = overIndex === -1 ? from : overIndex;
  const reordered = ids.filter((id) => id !== activeId);
  reordered.splice(to, 0, activeId);
  return { index: to, afterTaskId: to > 0 ? (reordered[to - 1] ?? null) : null };
}

/** The card above `taskId` where it is now, or null at the top. */
export function taskAbove(ids: readonly string[], taskId: string): string | null {
  const index = ids.indexOf(taskId);
  return index > 0 ? (ids[index - 1] ?? null) : null;
}

/** The lanes as displayed during a drag: the dragged card taken out of its container and shown in the target. */
export function applyPreview(lanes: BoardLane[], preview: DropPreview | null): BoardLane[] {
  if (!preview) return lanes;
  const task = lanes
    .flatMap((lane) => lane.containers)
    .flatMap((container) => container.tasks)
    .find((candidate) => candidate.id === preview.taskId);
  if (!task) return lanes;
  return lanes.map((lane) => {
    if (!lane.containers.some((container) => touches(container, preview))) return lane;
    return {
      ...lane,
      containers: lane.containers.map((container) => {
        if (!touches(container, preview)) return container;
        const tasks = container.tasks.filter((candidate) => candidate.id !== preview.taskId);
        if (container.id === preview.containerId) tasks.splice(preview.index, 0, task);
        return { ...container, tasks };
      }),
    };
  });
}

function touches(container: BoardContainer, preview: DropPreview): boolean {
  return container.id === preview.containerId || container.tasks.some((task) => task.id === preview.taskId);
}

/**
 * Where a drop over `overId` (null: over the container itself) lands in a container: the usual sortable move
 * when the card is already shown there, otherwise inserted above or below the card it is over.
 */
export function placeDrop(
  ids: readonly string[],
  activeId: string,
  overId: string | null,
  belowOver: boolean,
): DropPlacement {
  if (ids.includes(activeId)) return dropPlacement(ids, activeId, overId);
  const index = insertionIndex(ids, overId, belowOver);
  return { index, afterTaskId: index > 0 ? (ids[index - 1] ?? null) : null };
}
