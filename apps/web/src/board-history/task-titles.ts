import { taskIdOf, type BoardEvent, type TaskView } from '@duban/contracts';
import { deletedTaskTitle } from '../history/history-entries';

export interface TaskTitle {
  /** Null when nothing loaded names the task (a deleted task whose deletion is not on screen). */
  title: string | null;
  /** Gone from the board: its title comes from the log, and there is no task to open. */
  deleted: boolean;
}

/**
 * Each task's title for the history: from the board as it is now, or for a deleted task from what the
 * log recorded (its deletion's changes, or the task as an event carried it).
 */
export function taskTitles(
  tasks: readonly TaskView[],
  events: readonly BoardEvent[],
): (taskId: string) => TaskTitle {
  const current = new Map(tasks.map((task) => [task.id, task.title]));
  const recorded = new Map<string, string>();
  for (const event of events) {
    const taskId = taskIdOf(event);
    if (taskId === null || current.has(taskId) || recorded.has(taskId)) continue;
    const title = deletedTaskTitle(event) ?? titleCarried(event);
    if (title !== null) recorded.set(taskId, title);
  }
  return (taskId) => {
    const title = current.get(taskId);
    if (title !== undefined) return { title, deleted: false };
    return { title: recorded.get(taskId) ?? null, deleted: true };
  };
}

/** task.* events (but the deletion) carry the whole task, title included. */
function titleCarried(event: BoardEvent): string | null {
  if (!event.type.startsWith('task.') || event.type === 'task.deleted') return null;
  return (event.data as TaskView).title;
}
