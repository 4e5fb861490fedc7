import type { TaskView } from '@duban/contracts';

/** Placeholder: the sortable, filterable table comes with the table feature. */
export function BoardTable({ tasks }: { tasks: TaskView[] }) {
  return <p className="muted">{tasks.length}</p>;
}
