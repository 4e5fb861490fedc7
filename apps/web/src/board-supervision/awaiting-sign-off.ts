import { daysBetween, isAwaitingSignOff, type TaskView } from '@duban/contracts';

export interface AwaitingDepartment {
  departmentId: string;
  taskIds: string[];
  /** Days since the oldest of its tasks was assigned. */
  longestDays: number;
}

/**
 * Who has not signed for (签收) the tasks handed to them, and for how long: open tasks with a lead
 * department and no sign-off, grouped by department, longest wait first.
 */
export function awaitingSignOff(tasks: readonly TaskView[], today: string): AwaitingDepartment[] {
  const byDepartment = new Map<string, AwaitingDepartment>();
  for (const task of tasks) {
    if (!isAwaitingSignOff(task) || task.leadDepartmentId === null) continue;
    const assigned = (task.assignedAt ?? task.createdAt).slice(0, 10);
    const days = Math.max(0, daysBetween(assigned, today));
    const entry = byDepartment.get(task.leadDepartmentId) ?? {
      departmentId: task.leadDepartmentId,
      taskIds: [],
      longestDays: 0,
    };
    entry.taskIds.push(task.id);
    entry.longestDays = Math.max(entry.longestDays, days);
    byDepartment.set(task.leadDepartmentId, entry);
  }
  return [...byDepartment.values()].sort((a, b) => b.longestDays - a.longestDays);
}
