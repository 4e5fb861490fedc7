import type { BoardStatsEntry } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { figureLink } from './figure-links';

/**
 * The all-boards dashboard's boards, each with its share of the figures: the title opens the board, each
 * figure the board's table with the tasks behind it, and its own dashboard one click away. Only the title's
 * link is named starting with the title (the others say what they count first), as on the boards list.
 */
export function DashboardBoards({ boards }: { boards: BoardStatsEntry[] }) {
  const { t } = useTranslation('dashboard');
  if (boards.length === 0) return null;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-boards-heading">
      <h2 id="dashboard-boards-heading">{t('boards.heading')}</h2>
      <ul className="dashboard-boards">
        {boards.map(({ boardId, title, totals }) => (
          <li key={boardId} data-board={boardId}>
            <Link to={`/boards/${boardId}`} className="dashboard-board-title">
              {title}
            </Link>
            <Link
              to={figureLink(boardId, 'tasks', null)}
              aria-label={t('boards.tasksOf', { title, count: totals.tasks })}
            >
              {t('boards.tasks', { count: totals.tasks })}
            </Link>
            {totals.overdue > 0 && (
              <Link
                to={figureLink(boardId, 'overdue', null)}
                className="dashboard-alarm"
                aria-label={t('boards.overdueOf', { title, count: totals.overdue })}
              >
                {t('ranking.overdueCount', { count: totals.overdue })}
              </Link>
            )}
            <Link
              to={`/boards/${boardId}/dashboard`}
              className="button-secondary"
              aria-label={t('boards.dashboard', { title })}
            >
              {t('boardLink')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
