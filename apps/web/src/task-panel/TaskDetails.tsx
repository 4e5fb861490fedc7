import type { TaskView } from '@duban/contracts';
import { DecisionSourceLink } from './DecisionSourceLink';
import { SupervisionSection } from './SupervisionSection';
import { TaskForm } from './TaskForm';
import { TaskTabs } from './TaskTabs';

/**
 * The open task: the decision in the minutes it came from (if any), where it stands in supervision, its
 * fields (editable as far as the user may), and its comments and history.
 */
export function TaskDetails({ task }: { task: TaskView }) {
  return (
    <>
      <DecisionSourceLink task={task} />
      <SupervisionSection task={task} />
      <TaskForm task={task} />
      <TaskTabs task={task} />
    </>
  );
}
