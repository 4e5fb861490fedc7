import {
  statusChangeRefusal,
  type CreateTaskInput,
  type TaskStatus,
  type WorkflowTask,
} from '@duban/contracts';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/domain-error';
import type { TaskEntity } from './task.entity';

/** The fields the workflow rules look at, as the shared rules expect them. */
export function workflowOf(task: TaskEntity, changes: Partial<TaskEntity> = {}): WorkflowTask {
  const merged = { ...task, ...changes };
  return {
    kind: merged.kind,
    status: task.status,
    leadDepartmentId: merged.leadDepartmentId,
    acknowledgedAt: merged.acknowledgedAt ? merged.acknowledgedAt.toISOString() : null,
    measures: merged.measures,
    result: merged.result,
  };
}

/** A task about to be created starts in Not started: creating it elsewhere is a status change from there. */
export function newTaskWorkflow(input: CreateTaskInput): WorkflowTask {
  return {
    kind: input.kind ?? 'task',
    status: 'todo',
    leadDepartmentId: input.leadDepartmentId ?? null,
    acknowledgedAt: null,
    measures: input.measures ?? '',
    result: input.result ?? '',
  };
}

export function refuse(reason: string | null): void {
  if (reason !== null) throw DomainError.forbidden(reason);
}

/**
 * What a status change through the generic move/PATCH paths also records, once the shared rules allow it:
 * the same rules as the dedicated workflow endpoints, so no path skips verification.
 */
export function statusChangePatch(
  user: AuthUser,
  current: TaskEntity,
  to: TaskStatus,
  now: Date,
  changes: Partial<TaskEntity> = {},
): Partial<TaskEntity> {
  if (to === current.status) return {};
  refuse(statusChangeRefusal(user, workflowOf(current, changes), to));
  switch (to) {
    case 'in_review':
      return { submittedAt: now };
    case 'done':
      return { verifiedAt: now, verifiedById: user.id };
    case 'in_progress':
    case 'todo':
      return current.status === 'done' ? { verifiedAt: null, verifiedById: null } : {};
  }
}

/** Handing the task to another lead department restarts the sign-off (交办 → 签收). */
export function assignmentPatch(current: TaskEntity, leadDepartmentId: string | null | undefined, now: Date) {
  if (leadDepartmentId === undefined || leadDepartmentId === current.leadDepartmentId) return {};
  return {
    assignedAt: leadDepartmentId === null ? null : now,
    acknowledgedAt: null,
    acknowledgedById: null,
  };
}
