import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { lightWordKey } from '../tasks/task-light';

/** The deadline with its status light: a coloured dot, and the light in words for those who cannot see it. */
export function DeadlineCell({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  // The server's light: it knows the board's due-soon days and keeps lights current as days pass.
  const light = task.light;
  return (
    <span className={`table-deadline table-light-${light}`}>
      <span className="table-light-dot" aria-hidden="true" />
      {task.deadline && <span>{task.deadline}</span>}
      <span className="table-light-text">{t(lightWordKey(task))}</span>
    </span>
  );
}
