import type { AuthUser } from '../auth/auth-user';
import {
  canEditTask,
  taskLight,
  fieldChanges,
  forbiddenTaskField,
  frozenTaskField,
  type BoardEventPayload,
  type EditableTaskField,
  type TaskView,
} from '@duban/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { TaskEntity } from './task.entity';
import { toTaskView } from './task.mapper';

/** The building blocks every task write uses inside a board change (see BoardChangeService). */

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The event of a new task: the task as created, its non-empty fields as the changes. */
export function taskCreatedEvent(task: TaskView): BoardEventPayload {
  return { type: 'task.created', data: task, changes: fieldChanges('task', null, task) };
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

/** An instruction given (+1), answered or deleted while awaiting (-1): the card's badge needs no per-task query. */
export async function adjustAwaitingInstructionCount(
  manager: EntityManager,
  taskId: string,
  delta: number,
): Promise<void> {
  await manager.increment(TaskEntity, { id: taskId }, 'awaitingInstructionCount', delta);
}

/** A file stored (+1) or removed (-1): the card's badge needs no per-task query. */
export async function adjustAttachmentCount(
  manager: EntityManager,
  taskId: string,
  delta: number,
): Promise<void> {
  await manager.increment(TaskEntity, { id: taskId }, 'attachmentCount', delta);
}

/** What a write needs to bring the task's light up to date in the same statement. */
export interface LightContext {
  today: string;
  /** The board's due-soon days, read before the board change (a change of them re-lights the board). */
  dueSoonDays: number;
}

/**
 * The optimistic-concurrency write itself: `UPDATE … WHERE id = $1 AND version = $2 RETURNING *`, one round
 * trip while the board is locked. With `light`, the task's light follows from its fields after the patch
 * and is written by the same statement (a light is nobody's edit, but it changes with status and deadline).
 */
export async function updateIfVersion(
  manager: EntityManager,
  current: TaskEntity,
  version: number,
  patch: Partial<TaskEntity>,
  light?: LightContext,
): Promise<TaskView> {
  const set = light
    ? { ...patch, light: taskLight({ ...current, ...patch }, light.today, light.dueSoonDays) }
    : patch;
  const updated = await manager
    .createQueryBuilder()
    .update(TaskEntity)
    .set({ ...set, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version })
    .returning('*')
    .execute();
  const row = (updated.raw as Record<string, unknown>[])[0];
  if (row === undefined) {
    const latest = await manager.findOneBy(TaskEntity, { id: current.id });
    if (!latest) throw DomainError.notFound('Task');
    assertVersion(latest, version);
    throw new Error(`Task ${current.id} at version ${version} was not updated`);
  }
  return toTaskView(hydrated(manager, row));
}

/** A row as `RETURNING *` gives it, as TypeORM would have read it (dates as strings, and so on). */
function hydrated(manager: EntityManager, row: Record<string, unknown>): TaskEntity {
  const { driver } = manager.connection;
  const task = new TaskEntity();
  for (const column of manager.connection.getMetadata(TaskEntity).columns) {
    column.setEntityValue(task, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return task;
}
