import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams, useSearchParams } from 'react-router';
import { BoardHistory } from '../board-history/BoardHistory';
import { BoardTable } from '../board-table/BoardTable';
import { SupervisionSummary } from '../board-supervision/SupervisionSummary';
import { BoardView } from '../board-view/BoardView';
import { BoardHeader } from './BoardHeader';
import { BoardLiveProvider } from './BoardLiveProvider';
import { useBoardSnapshot } from './useBoardSnapshot';
import { viewModeOf } from './view-mode';

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
        {mode !== 'history' && <SupervisionSummary boardId={boardId} tasks={snapshot.data.tasks} />}
        {mode === 'board' && <BoardView tasks={snapshot.data.tasks} />}
        {mode === 'table' && <BoardTable tasks={snapshot.data.tasks} />}
        {mode === 'history' && <BoardHistory boardId={boardId} tasks={snapshot.data.tasks} />}
      </section>
      <Outlet />
    </BoardLiveProvider>
  );
}
