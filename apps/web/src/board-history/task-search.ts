import type { TaskView } from '@duban/contracts';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface TaskMatches {
  tasks: TaskView[];
  /** More tasks match than are listed: typing more narrows them. */
  more: boolean;
}

/**
 * The tasks whose title contains the query (any case), those starting with it first, then by title; at
 * most `limit`, so a board of thousands stays quick to pick from.
 */
export function searchTasks(tasks: readonly TaskView[], query: string, limit: number): TaskMatches {
  const needle = query.trim().toLocaleLowerCase();
  const ranked: { task: TaskView; starts: boolean }[] = [];
  for (const task of tasks) {
    const title = task.title.toLocaleLowerCase();
    const at = needle === '' ? 0 : title.indexOf(needle);
    if (at >= 0) ranked.push({ task, starts: at === 0 });
  }
  ranked.sort((a, b) => Number(b.starts) - Number(a.starts) || collator.compare(a.task.title, b.task.title));
  return { tasks: ranked.slice(0, limit).map((match) => match.task), more: ranked.length > limit };
}
