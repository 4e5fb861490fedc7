import type { TaskStatus, TaskView } from '@duban/contracts';
import { generateKeyBetween } from 'fractional-indexing';

const byPosition = (a: TaskView, b: TaskView) =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : 0;

/**
 * The order key the client shows at once for a drop below `afterTaskId` (null: top of the column). The
 * server computes the real key; this one only has to sort the same way until its answer arrives.
 */
export function optimisticPosition(
  tasks: readonly TaskView[],
  movingTaskId: string,
  status: TaskStatus,
  afterTaskId: string | null,
): string {
  const column = tasks.filter((task) => task.status === status && task.id !== movingTaskId).sort(byPosition);
  const afterIndex = afterTaskId === null ? -1 : column.findIndex((task) => task.id === afterTaskId);
  const before = afterIndex >= 0 ? column[afterIndex]!.position : null;
  const after = column[afterIndex + 1]?.position ?? null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    return before ?? after ?? 'a0';
  }
}
