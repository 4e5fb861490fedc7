import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** The title, marked when it is a rectification item; a link too, so it can open in a new tab. */
export function TitleCell({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'table']);
  const { search } = useLocation();
  return (
    <div className="table-title">
      {task.kind === 'rectification' && (
        <span className="table-badge" title={t('kind.rectification')}>
          {t('table:badge.rectification')}
        </span>
      )}
      {/* The row is the keyboard stop (Enter opens it); the link is for the mouse and "open in new tab". */}
      <Link
        to={{ pathname: `/boards/${task.boardId}/tasks/${task.id}`, search }}
        tabIndex={-1}
        title={task.title}
        onClick={(event) => event.stopPropagation()}
      >
        {task.title}
      </Link>
    </div>
  );
}
