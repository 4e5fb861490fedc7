import { localToday, taskLight, type TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';

/** The deadline with its status light: a coloured dot, and the light in words for those who cannot see it. */
export function DeadlineCell({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const light = taskLight(task, localToday());
  return (
    <span className={`table-deadline table-light-${light}`}>
      <span className="table-light-dot" aria-hidden="true" />
      {task.deadline && <span>{task.deadline}</span>}
      <span className="table-light-text">{t(`light.${light}`)}</span>
    </span>
  );
}
