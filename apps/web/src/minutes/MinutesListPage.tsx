import { canManageTasks } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDirectory } from '../api/useDirectory';
import { useMe } from '../auth/useMe';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import { LoadFailed } from '../ui/LoadFailed';
import { localDateTime } from '../ui/relative-time';
import { useBoardMinutes } from './useMinutes';
import './minutes.css';

/**
 * /boards/:boardId/minutes — the minutes imported into the board, newest first (title, when, by whom, how
 * many tasks came from them); supervisors and administrators import more from here.
 */
export function MinutesListPage() {
  const { t, i18n } = useTranslation(['minutes', 'common']);
  const { boardId = '' } = useParams();
  const me = useMe();
  const board = useBoardSnapshot(boardId);
  const list = useBoardMinutes(boardId);
  const { userName } = useDirectory();
  const boardPath = `/boards/${encodeURIComponent(boardId)}`;

  return (
    <section className="minutes-page" aria-labelledby="minutes-list-heading">
      <nav className="minutes-nav">
        <Link to={boardPath} className="button-secondary">
          ← {t('backToBoard')}
        </Link>
        {me && canManageTasks(me) && (
          <Link
            to={`${boardPath}/minutes/import`}
            className="minutes-import-link"
            data-testid="import-minutes"
          >
            {t('list.import')}
          </Link>
        )}
      </nav>
      <h1 id="minutes-list-heading">{t('list.heading')}</h1>
      {board.data && <p className="muted minutes-board-title">{board.data.board.title}</p>}
      {list.isPending && <p className="muted">{t('common:loading')}</p>}
      {list.isError && <LoadFailed error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.length === 0 && <p className="muted minutes-empty">{t('list.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="minutes-list" data-testid="minutes-list">
          {list.data.map((minutes) => (
            <li key={minutes.id} className="minutes-list-item">
              <Link
                to={`${boardPath}/minutes/${encodeURIComponent(minutes.id)}`}
                className="minutes-list-title"
              >
                {minutes.title}
              </Link>
              <span className="muted">
                {t('list.meta', {
                  date: localDateTime(minutes.createdAt, i18n.language),
                  name: userName(minutes.createdById),
                })}
              </span>
              <span className="minutes-list-count">{t('list.tasks', { count: minutes.taskCount })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
