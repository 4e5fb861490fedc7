import {
  statusChangeRefusal,
  TASK_STATUSES,
  type TaskStatus,
  type TaskView,
  type UserView,
} from '@duban/contracts';

type Actor = Pick<UserView, 'role' | 'departmentId'>;

const NONE: ReadonlySet<TaskStatus> = new Set();

/**
 * The columns a dragged card may not go to, by the rules the API enforces on a move: Done only through
 * verification, Awaiting verification only with a result, In progress only after the sign-off.
 */
export function refusedStatuses(
  actor: Actor | undefined,
  task: TaskView | undefined,
): ReadonlySet<TaskStatus> {
  if (!actor || !task) return NONE;
  return new Set(TASK_STATUSES.filter((status) => statusChangeRefusal(actor, task, status) !== null));
}
