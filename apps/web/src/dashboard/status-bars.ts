import type { DepartmentStats } from '@duban/contracts';

/** The chart's stack, in the order the work goes. */
export const STATUS_SEGMENTS = ['todo', 'inProgress', 'inReview', 'done'] as const;

export interface StatusBar {
  name: string;
  todo: number;
  inProgress: number;
  inReview: number;
  done: number;
}

/** One bar per department that leads tasks: what it leads, by status (not started is what is left). */
export function statusBarsOf(departments: readonly DepartmentStats[]): StatusBar[] {
  return departments
    .filter((department) => department.led > 0)
    .map((department) => ({
      name: department.name,
      todo: Math.max(0, department.led - department.inProgress - department.inReview - department.done),
      inProgress: department.inProgress,
      inReview: department.inReview,
      done: department.done,
    }));
}
