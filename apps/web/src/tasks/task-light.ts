import type { TaskView } from '@duban/contracts';

/**
 * The light in words (its translation key), for the board's cards and its table alike: the server keeps a
 * closed task's light green, but "on track" would mislead about a task that is finished, so it reads
 * "Closed".
 */
export function lightWordKey(task: Pick<TaskView, 'status' | 'light'>) {
  return task.status === 'done' ? ('light.closed' as const) : (`light.${task.light}` as const);
}
