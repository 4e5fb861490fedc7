import { TASK_STATUSES, taskLight, type TaskView } from '@duban/contracts';
import type { Directory } from '../api/useDirectory';
import { matchesSearch } from '../board-live/board-search';
import type { TableFilters } from './table-filters';

/** Does the task concern the department, as lead or as a cooperating department? */
export function involvesDepartment(task: TaskView, departmentId: string): boolean {
  return task.leadDepartmentId === departmentId || task.cooperatingDepartmentIds.includes(departmentId);
}

/** Overdue as the board counts it: not done and past the deadline (the red light). */
export function isOverdue(task: TaskView, today: string): boolean {
  return taskLight(task, today) === 'red';
}

/** The names the search looks in (departments, people). */
export type SearchNames = Pick<Directory, 'departmentName' | 'userName'>;

export function matchesFilters(
  task: TaskView,
  filters: TableFilters,
  today: string,
  names: SearchNames,
): boolean {
  if (filters.status !== null && task.status !== filters.status) return false;
  if (filters.kind !== null && task.kind !== filters.kind) return false;
  if (filters.departmentId !== null && !involvesDepartment(task, filters.departmentId)) return false;
  if (filters.assigneeId !== null && !task.assigneeIds.includes(filters.assigneeId)) return false;
  if (filters.overdueOnly && !isOverdue(task, today)) return false;
  return matchesSearch(task, filters.text, names);
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
