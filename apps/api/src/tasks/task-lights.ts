import { taskLight, type Light } from '@duban/contracts';
import type { EntityManager } from 'typeorm';
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
