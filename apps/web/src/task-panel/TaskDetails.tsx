import type { TaskView } from '@duban/contracts';
import { SupervisionSection } from './SupervisionSection';
import { TaskForm } from './TaskForm';
import { TaskTabs } from './TaskTabs';

/**
 * The open task: where it stands in supervision, its fields (editable as far as the user may), and its
 * comments and history.
 */
export function TaskDetails({ task }: { task: TaskView }) {
  return (
    <>
      <SupervisionSection task={task} />
      <TaskForm task={task} />
      <TaskTabs task={task} />
    </>
  );
}
