import type { TaskStatus, TaskView } from '@duban/contracts';
import { containerOfTask, type BoardContainer } from './board-lanes';
import type { RefusedStatuses } from './move-rules';
import { insertionIndex, placeDrop, taskAbove, type DropPreview } from './drop-position';

/** A drag as dnd-kit reports it, in our terms. */
export interface DragPosition {
  taskId: string;
  /** The container under the dragged card (null: none). */
  containerId: string | null;
  /** The card it is over (null: the container itself). */
  overTaskId: string | null;
  /** Whether the dragged card's centre is below the centre of the card it is over. */
  belowOver: boolean;
}

type Containers = ReadonlyMap<string, BoardContainer>;

const idsOf = (container: BoardContainer) => container.tasks.map((task) => task.id);

/**
 * While dragging over a container the card is not shown in: show it there, above or below the card it is
 * over. Within the container it is shown in, the sortable list's own shifting shows the place.
 */
export function planPreview(shown: Containers, position: DragPosition): DropPreview | null {
  const target = shown.get(position.containerId ?? '');
  if (!target || target.tasks.some((task) => task.id === position.taskId)) return null;
  const index = insertionIndex(idsOf(target), position.overTaskId, position.belowOver);
  return { taskId: position.taskId, containerId: target.id, index };
}

export type DropPlan =
  | { kind: 'none' }
  | {
      kind: 'move';
      task: TaskView;
      status: TaskStatus;
      afterTaskId: string | null;
      /** Where to keep showing the card until the optimistic move reaches the board. */
      preview: DropPreview;
    };

/**
 * What a drop means: the status of the container it landed in and the card just above it there, as
 * displayed (with swimlanes, the cell's card above, whatever its department; the task's department never
 * changes). Nothing when dropped outside, back where it was, or in a status the user may not give it.
 */
export function planDrop(
  home: Containers,
  shown: Containers,
  position: DragPosition,
  refused: Pick<RefusedStatuses, 'has'> = new Set<TaskStatus>(),
): DropPlan {
  const target = shown.get(position.containerId ?? '');
  const source = containerOfTask(home, position.taskId);
  const task = source?.tasks.find((candidate) => candidate.id === position.taskId);
  if (!target || !source || !task || refused.has(target.status)) return { kind: 'none' };
  const { overTaskId, belowOver } = position;
  const placement = placeDrop(idsOf(target), task.id, overTaskId, belowOver);
  if (source.id === target.id && taskAbove(idsOf(source), task.id) === placement.afterTaskId) {
    return { kind: 'none' };
  }
  return {
    kind: 'move',
    task,
    status: target.status,
    afterTaskId: placement.afterTaskId,
    preview: { taskId: task.id, containerId: target.id, index: placement.index },
  };
}
