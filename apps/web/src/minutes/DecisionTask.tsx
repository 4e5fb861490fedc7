import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineLight } from '../board-view/DeadlineLight';
import '../board-view/task-card.css';

interface DecisionTaskProps {
  boardId: string;
  task: TaskView;
  deleted: boolean;
  /** The decision the reader came for (`?task=`): emphasised, and its link takes the focus. */
  current: boolean;
}

/** Under a decision: the task made from it, how far it has got (status and light), a link to open it. */
export function DecisionTask({ boardId, task, deleted, current }: DecisionTaskProps) {
  const { t } = useTranslation(['minutes', 'common']);
  const classes = ['minutes-task'];
  if (current) classes.push('minutes-task-current');
  if (deleted) {
    return (
      <div className={`${classes.join(' ')} minutes-task-deleted`} data-task-id={task.id}>
        <span className="minutes-task-title">{task.title}</span>
        <span className="muted">{t('view.taskDeleted')}</span>
      </div>
    );
  }
  return (
    <div className={classes.join(' ')} data-task-id={task.id} data-status={task.status}>
      <span className="minutes-task-label">{t('view.task')}</span>
      <Link
        className="minutes-task-title"
        to={`/boards/${encodeURIComponent(boardId)}/tasks/${encodeURIComponent(task.id)}`}
      >
        {task.title}
      </Link>
      <span className={`minutes-status minutes-status-${task.status}`}>
        {t(`common:status.${task.status}`)}
      </span>
      <DeadlineLight task={task} />
    </div>
  );
}
