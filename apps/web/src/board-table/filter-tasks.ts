import { matchesTaskFilters, TASK_STATUSES, type TaskNames, type TaskView } from '@duban/contracts';
import type { TableFilters } from './table-filters';

export { involvesDepartment, isOverdue } from '@duban/contracts';

/** The names the search looks in (departments, people). */
export type SearchNames = TaskNames;

export function matchesFilters(
  task: TaskView,
  filters: TableFilters,
  today: string,
  names: SearchNames,
): boolean {
  return matchesTaskFilters(task, filters, today, names);
}

/** The order of the board itself (column by column, card by card): the table's order when unsorted. */
export function compareBoardOrder(a: TaskView, b: TaskView): number {
  const byStatus = TASK_STATUSES.indexOf(a.status) - TASK_STATUSES.indexOf(b.status);
  if (byStatus !== 0) return byStatus;
  // Positions are fractional-index keys: plain string order, not locale order.
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The tasks the filters let through, in board order. */
export function filterTasks(
  tasks: readonly TaskView[],
  filters: TableFilters,
  today: string,
  names: SearchNames,
): TaskView[] {
  return tasks.filter((task) => matchesFilters(task, filters, today, names)).sort(compareBoardOrder);
}
