import { taskLight, type Light } from '@duban/contracts';
import { In, type EntityManager } from 'typeorm';
import { boardSettingsOf } from '../boards/board-settings-of';
import { TaskEntity } from './task.entity';

export async function dueSoonDaysOf(manager: EntityManager, boardId: string): Promise<number> {
  return (await boardSettingsOf(manager, boardId)).dueSoonDays;
}

/**
 * Brings a task's stored light up to date inside the current transaction, without bumping its version:
 * a light follows from the deadline and the date, it is nobody's edit.
 * @returns the task with its current light, and whether it changed
 */
export async function refreshLight(
  manager: EntityManager,
  task: TaskEntity,
  today: string,
  dueSoonDays?: number,
): Promise<{ task: TaskEntity; changed: boolean }> {
  const days = dueSoonDays ?? (await dueSoonDaysOf(manager, task.boardId));
  const light: Light = taskLight(task, today, days);
  if (light === task.light) return { task, changed: false };
  await manager.update(TaskEntity, { id: task.id }, { light });
  return { task: { ...task, light }, changed: true };
}

/**
 * The lights of many tasks of one board at once (the scheduler's pass), inside the current transaction:
 * the tasks are locked together, each light computed, and one UPDATE per light written.
 * @returns each task whose light changed, as it was and as it is now, in id order
 */
export async function refreshLights(
  manager: EntityManager,
  taskIds: readonly string[],
  today: string,
  dueSoonDays: number,
): Promise<{ before: TaskEntity; after: TaskEntity }[]> {
  if (taskIds.length === 0) return [];
  const tasks = await manager.find(TaskEntity, {
    where: { id: In([...taskIds]) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  const changed = tasks.flatMap((task) => {
    const light = taskLight(task, today, dueSoonDays);
    return light === task.light ? [] : [{ before: task, after: { ...task, light } }];
  });
  const byLight = new Map<Light, string[]>();
  for (const { after } of changed) byLight.set(after.light, [...(byLight.get(after.light) ?? []), after.id]);
  for (const [light, ids] of byLight) await manager.update(TaskEntity, { id: In(ids) }, { light });
  return changed;
}
