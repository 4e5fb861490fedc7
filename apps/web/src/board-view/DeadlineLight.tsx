import { daysBetween, localToday, type TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { lightWordKey } from '../tasks/task-light';

/** 红黄绿灯 with the deadline: a coloured dot plus the light in words, so colour is never the only cue. */
export function DeadlineLight({ task }: { task: Pick<TaskView, 'status' | 'deadline' | 'light'> }) {
  const { t } = useTranslation(['common', 'board']);
  const today = localToday();
  // The server's light: it knows the board's due-soon days and keeps lights current as days pass.
  const light = task.light;
  return (
    <p className={`card-light card-light-${light}`} data-light={light}>
      <span className="card-light-dot" aria-hidden="true" />
      <span className="card-light-text">{t(lightWordKey(task))}</span>
      {task.deadline && (
        <span className="card-deadline">
          {t('board:card.deadline', { date: task.deadline })}
          {task.status !== 'done' && ` · ${remaining(daysBetween(today, task.deadline), t)}`}
        </span>
      )}
    </p>
  );
}

type Translate = ReturnType<typeof useTranslation<['common', 'board']>>['t'];

function remaining(days: number, t: Translate): string {
  if (days < 0) return t('board:card.overdueBy', { count: -days });
  if (days === 0) return t('board:card.dueToday');
  return t('board:card.dueIn', { count: days });
}
