import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams, useSearchParams } from 'react-router';
import { SupervisionSummary } from '../board-supervision/SupervisionSummary';
import { BoardView } from '../board-view/BoardView';
import { BoardHeader } from './BoardHeader';
import { BoardLiveProvider } from '../board-live/BoardLiveProvider';
import { ImportedNotice } from '../minutes-import/ImportedNotice';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import { viewModeOf } from './view-mode';

// The columns are what most people open; the table and the history load when first asked for.
const BoardTable = lazy(() =>
  import('../board-table/BoardTable').then(({ BoardTable }) => ({ default: BoardTable })),
);
const BoardHistory = lazy(() =>
  import('../board-history/BoardHistory').then(({ BoardHistory }) => ({ default: BoardHistory })),
);

/**
 * /boards/:boardId — the live board, as columns, as a table (`?view=table`) or as its history of changes
 * (`?view=history`), with the task panel over it.
 */
export function BoardPage() {
  const { t } = useTranslation(['common', 'board']);
  const { boardId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const mode = viewModeOf(searchParams);
  const snapshot = useBoardSnapshot(boardId);

  if (snapshot.isPending) return <p className="muted">{t('loading')}</p>;
  if (snapshot.isError) {
    return (
      <>
        <Link to="/boards">{t('board:backToBoards')}</Link>
        <p className="error" role="alert">{`${t('loadFailed')}: ${snapshot.error.message}`}</p>
      </>
    );
  }

  return (
    <BoardLiveProvider boardId={boardId} enabled>
      <section className="board-page" aria-labelledby="board-heading">
        <BoardHeader board={snapshot.data.board} mode={mode} />
        <ImportedNotice />
        {mode !== 'history' && <SupervisionSummary boardId={boardId} tasks={snapshot.data.tasks} />}
        {mode === 'board' && <BoardView tasks={snapshot.data.tasks} />}
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          {mode === 'table' && <BoardTable tasks={snapshot.data.tasks} />}
          {mode === 'history' && <BoardHistory boardId={boardId} tasks={snapshot.data.tasks} />}
        </Suspense>
      </section>
      <Outlet />
    </BoardLiveProvider>
  );
}
