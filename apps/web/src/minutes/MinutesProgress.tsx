import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';

/** How far the minutes' decisions have got, in one line: tasks, closed, overdue, due soon. */
export function MinutesProgress({ tasks }: { tasks: readonly TaskView[] }) {
  const { t } = useTranslation('minutes');
  const open = tasks.filter((task) => task.status !== 'done');
  const counts = {
    done: tasks.length - open.length,
    red: open.filter((task) => task.light === 'red').length,
    yellow: open.filter((task) => task.light === 'yellow').length,
  };
  if (tasks.length === 0) return <p className="muted">{t('view.noTasks')}</p>;
  return (
    <p className="minutes-progress" data-testid="minutes-progress" aria-live="polite">
      <span>{t('view.decisions', { count: tasks.length })}</span>
      <span>{t('view.closed', { count: counts.done })}</span>
      {counts.red > 0 && (
        <span className="minutes-progress-red">{t('view.overdue', { count: counts.red })}</span>
      )}
      {counts.yellow > 0 && (
        <span className="minutes-progress-yellow">{t('view.dueSoon', { count: counts.yellow })}</span>
      )}
    </p>
  );
}
