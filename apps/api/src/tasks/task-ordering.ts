import type { TaskStatus } from '@duban/contracts';
import { generateKeyBetween } from 'fractional-indexing';
import type { EntityManager } from 'typeorm';
import { TaskEntity } from './task.entity';

/**
 * Order keys within a status column (fractional indexing). Call only inside a board change, which holds
 * the board's row lock, so two writers never compute a key from the same neighbours.
 */
export async function keyAtEndOfColumn(
  manager: EntityManager,
  boardId: string,
  status: TaskStatus,
): Promise<string> {
  const last = await manager
    .createQueryBuilder(TaskEntity, 'task')
    .select('task.position', 'position')
    .where('task.boardId = :boardId AND task.status = :status', { boardId, status })
    .orderBy('task.position', 'DESC')
    .limit(1)
    .getRawOne<{ position: string }>();
  return generateKeyBetween(last?.position ?? null, null);
}

/**
 * Whether the task already sits just below `afterPosition` in its own column (null: at the top), so that
 * moving it there changes nothing.
 */
export async function sitsAfter(
  manager: EntityManager,
  task: Pick<TaskEntity, 'id' | 'boardId' | 'status' | 'position'>,
  afterPosition: string | null,
): Promise<boolean> {
  if (afterPosition !== null && !(afterPosition < task.position)) return false;
  const query = manager
    .createQueryBuilder(TaskEntity, 'task')
    .where('task.boardId = :boardId AND task.status = :status AND task.id <> :id', {
      boardId: task.boardId,
      status: task.status,
      id: task.id,
    })
    .andWhere('task.position < :position', { position: task.position });
  if (afterPosition !== null) query.andWhere('task.position > :afterPosition', { afterPosition });
  return !(await query.getExists());
}

/** The key for `movingTaskId` placed just below `afterPosition` (null: top of the column). */
export async function keyAfter(
  manager: EntityManager,
  boardId: string,
  status: TaskStatus,
  afterPosition: string | null,
  movingTaskId: string,
): Promise<string> {
  const query = manager
    .createQueryBuilder(TaskEntity, 'task')
    .select('task.position', 'position')
    .where('task.boardId = :boardId AND task.status = :status AND task.id <> :movingTaskId', {
      boardId,
      status,
      movingTaskId,
    })
    .orderBy('task.position', 'ASC')
    .limit(1);
  if (afterPosition !== null) query.andWhere('task.position > :afterPosition', { afterPosition });
  const next = await query.getRawOne<{ position: string }>();
  return generateKeyBetween(afterPosition, next?.position ?? null);
}
