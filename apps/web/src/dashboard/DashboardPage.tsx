import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/api-client';
import { AllBoardsExport } from './AllBoardsExport';
import { AwaitingInstructions } from './AwaitingInstructions';
import { DashboardForMe } from './DashboardForMe';
import { DashboardFigures } from './DashboardFigures';
import { TrendSection } from './TrendSection';
import { useDashboardStats } from './useDashboardStats';
import './dashboard.css';

/**
 * /dashboard (every board the user may see) and /boards/:boardId/dashboard (one board): the leaders'
 * figures per lead department, the rankings and the status chart, following every change live.
 */
export function DashboardPage() {
  const { t } = useTranslation(['dashboard', 'common', 'board', 'bulletin']);
  const { boardId = null } = useParams();
  const stats = useDashboardStats(boardId);
  const board = boardId ? stats.data?.boards.find((entry) => entry.boardId === boardId) : undefined;
  const heading = boardId
    ? t('dashboard:boardHeading', { title: board?.title ?? '…' })
    : t('dashboard:heading');

  return (
    <section className="dashboard-page" aria-labelledby="dashboard-heading">
      <div className="dashboard-header">
        {boardId ? (
          <Link to={`/boards/${boardId}`} className="button-secondary">
            ← {board?.title ?? t('board:boardView')}
          </Link>
        ) : null}
        {boardId && (
          <Link to={`/boards/${boardId}/circular`} className="button-secondary">
            {t('bulletin:link')}
          </Link>
        )}
        <h1 id="dashboard-heading">{heading}</h1>
        {!boardId && <p className="muted">{t('dashboard:allBoards')}</p>}
        {!boardId && <AllBoardsExport />}
      </div>
      {!boardId && <DashboardForMe />}
      <AwaitingInstructions boardId={boardId} />
      {stats.isPending && <p className="muted">{t('dashboard:loading')}</p>}
      {stats.isError && (
        <p className="error" role="alert">
          {isNotFound(stats.error) ? t('dashboard:notFound') : t('dashboard:failed')}
        </p>
      )}
      {stats.data && <DashboardFigures stats={stats.data} boardId={boardId} />}
      {stats.data && <TrendSection boardId={boardId} />}
    </section>
  );
}

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
