import type { AuthUser } from '../auth/auth-user';
import {
  canEditTask,
  forbiddenTaskField,
  frozenTaskField,
  type EditableTaskField,
  type TaskView,
} from '@duban/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { TaskEntity } from './task.entity';
import { refreshLight } from './task-lights';
import { toTaskView } from './task.mapper';

/** The building blocks every task write uses inside a board change (see BoardChangeService). */

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export async function lockTask(manager: EntityManager, taskId: string): Promise<TaskEntity> {
  const task = await manager.findOne(TaskEntity, {
    where: { id: taskId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!task) throw DomainError.notFound('Task');
  return task;
}

export function assertCanEdit(user: AuthUser, task: TaskEntity, fields: readonly EditableTaskField[]): void {
  if (!canEditTask(user, task)) {
    throw DomainError.forbidden(
      user.role === 'leader'
        ? 'Leaders follow and comment on tasks; they do not edit them'
        : "Only the task's lead or cooperating departments and supervisors can change it",
    );
  }
  const field = forbiddenTaskField(user, fields);
  if (field) {
    throw new DomainError('forbidden', `${field}: only supervisors change a task's assignment`, [
      { field, message: 'only supervisors change this' },
    ]);
  }
  // Whoever asks: a submission awaiting verification, and a closed task, stay as the verifier saw them.
  const frozen = frozenTaskField(task, fields);
  if (frozen) {
    throw new DomainError('forbidden', `${frozen.field}: ${frozen.message}`, [
      { field: frozen.field, message: frozen.message },
    ]);
  }
}

export function assertVersion(task: TaskEntity, version: number): void {
  if (task.version !== version) {
    throw DomainError.conflict(
      `The task was changed by someone else: you edited version ${version}, it is now at version ${task.version}`,
      toTaskView(task),
    );
  }
}

/** A comment added (+1) or deleted (-1): the count is kept so a board snapshot needs no per-task count. */
export async function adjustCommentCount(
  manager: EntityManager,
  taskId: string,
  delta: number,
): Promise<void> {
  await manager.increment(TaskEntity, { id: taskId }, 'commentCount', delta);
}

/** The optimistic-concurrency write itself: `UPDATE … WHERE id = $1 AND version = $2`. */
export async function updateIfVersion(
  manager: EntityManager,
  current: TaskEntity,
  version: number,
  patch: Partial<TaskEntity>,
  /** Today, to refresh the task's light when the change may affect it (status, deadline). */
  today?: string,
): Promise<TaskView> {
  const { affected } = await manager
    .createQueryBuilder()
    .update(TaskEntity)
    .set({ ...patch, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version })
    .execute();
  if (affected !== 1) {
    const latest = await manager.findOneBy(TaskEntity, { id: current.id });
    if (!latest) throw DomainError.notFound('Task');
    assertVersion(latest, version);
  }
  const updated = await manager.findOneByOrFail(TaskEntity, { id: current.id });
  if (today === undefined) return toTaskView(updated);
  return toTaskView((await refreshLight(manager, updated, today)).task);
}
