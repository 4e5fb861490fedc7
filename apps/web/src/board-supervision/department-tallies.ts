import { daysBetween, isAwaitingSignOff, type TaskView } from '@duban/contracts';

/** A lead department's tasks in one supervision list, and how long the oldest has been waiting. */
export interface DepartmentTally {
  departmentId: string;
  taskIds: string[];
  longestDays: number;
}

/**
 * The tasks `daysOf` counts (it answers null for the others), grouped by lead department, the department
 * with the longest wait first.
 */
function tallyByLeadDepartment(
  tasks: readonly TaskView[],
  daysOf: (task: TaskView) => number | null,
): DepartmentTally[] {
  const byDepartment = new Map<string, DepartmentTally>();
  for (const task of tasks) {
    const departmentId = task.leadDepartmentId;
    const days = departmentId === null ? null : daysOf(task);
    if (departmentId === null || days === null) continue;
    const entry = byDepartment.get(departmentId) ?? { departmentId, taskIds: [], longestDays: 0 };
    entry.taskIds.push(task.id);
    entry.longestDays = Math.max(entry.longestDays, days);
    byDepartment.set(departmentId, entry);
  }
  return [...byDepartment.values()].sort((a, b) => b.longestDays - a.longestDays);
}

/** Who has not signed for (签收) the tasks handed to them, and for how long since they were assigned. */
export function awaitingSignOff(tasks: readonly TaskView[], today: string): DepartmentTally[] {
  return tallyByLeadDepartment(tasks, (task) => {
    if (!isAwaitingSignOff(task)) return null;
    const assigned = (task.assignedAt ?? task.createdAt).slice(0, 10);
    return Math.max(0, daysBetween(assigned, today));
  });
}

/** Who is late (逾期): the tasks whose light the server has turned red, and how far past the deadline. */
export function overdueByDepartment(tasks: readonly TaskView[], today: string): DepartmentTally[] {
  return tallyByLeadDepartment(tasks, (task) =>
    task.light === 'red' && task.deadline !== null ? Math.max(0, daysBetween(task.deadline, today)) : null,
  );
}
