import type { TaskView } from '@duban/contracts';

/** Placeholder: the columns with drag and drop come with the board-view feature. */
export function BoardView({ tasks }: { tasks: TaskView[] }) {
  return <p className="muted">{tasks.length}</p>;
}
