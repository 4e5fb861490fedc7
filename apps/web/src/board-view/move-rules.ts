import {
  statusChangeRefusalCode,
  TASK_STATUSES,
  type StatusChangeRefusalCode,
  type TaskStatus,
  type TaskView,
  type UserView,
} from '@duban/contracts';

type Actor = Pick<UserView, 'role' | 'departmentId'>;

/** The statuses a dragged card may not go to, each with the reason. */
export type RefusedStatuses = ReadonlyMap<TaskStatus, StatusChangeRefusalCode>;

export const NOTHING_REFUSED: RefusedStatuses = new Map();

/**
 * The columns a dragged card may not go to, and why, by the rules the API enforces on a move: Done only
 * through verification, Awaiting verification only with a result, In progress only after the sign-off.
 */
export function refusedStatuses(actor: Actor | undefined, task: TaskView | undefined): RefusedStatuses {
  if (!actor || !task) return NOTHING_REFUSED;
  const refused = new Map<TaskStatus, StatusChangeRefusalCode>();
  for (const status of TASK_STATUSES) {
    const code = statusChangeRefusalCode(actor, task, status);
    if (code) refused.set(status, code);
  }
  return refused;
}
