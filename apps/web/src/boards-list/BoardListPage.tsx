import type { BoardSummary } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { BoardListCard } from './BoardListCard';
import { BoardListToolbar } from './BoardListToolbar';
import { NewBoardButton } from './NewBoardButton';
import { useBoardList } from './useBoardList';
import { useBoardListFilters, type BoardListFilters } from './useBoardListFilters';
import './boards-list.css';

/**
 * /boards — the boards the signed-in user may see, with how their tasks stand; searched by title (`?q=`),
 * archived boards shown on request (`?archived=include`).
 */
export function BoardListPage() {
  const { t } = useTranslation(['common', 'boards']);
  const { filters, searchText, setSearchText, setShowArchived } = useBoardListFilters();
  const boards = useBoardList(filters);

  return (
    <section aria-labelledby="boards-heading" className="boards-list-page">
      <div className="boards-list-header">
        <h1 id="boards-heading">{t('boards:heading')}</h1>
        <NewBoardButton />
      </div>
      <BoardListToolbar
        searchText={searchText}
        onSearchText={setSearchText}
        showArchived={filters.showArchived}
        onShowArchived={setShowArchived}
      />
      {boards.isPending && <p className="muted">{t('loading')}</p>}
      {boards.isError && (
        <div role="alert">
          <p className="error">{`${t('loadFailed')}: ${boards.error.message}`}</p>
          <button type="button" onClick={() => void boards.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {boards.isSuccess && <BoardCards boards={boards.data} filters={filters} />}
    </section>
  );
}

function BoardCards({ boards, filters }: { boards: BoardSummary[]; filters: BoardListFilters }) {
  const { t } = useTranslation('boards');
  if (boards.length === 0) {
    return (
      <div className="boards-list-empty" data-testid="board-list-empty">
        {filters.q ? (
          <p>{t('noMatches', { q: filters.q })}</p>
        ) : (
          <>
            <p>{t('empty')}</p>
            <p className="muted">{t('emptyHint')}</p>
          </>
        )}
      </div>
    );
  }
  return (
    <ul className="boards-list" data-testid="board-list">
      {boards.map((board) => (
        <li key={board.id}>
          <BoardListCard board={board} />
        </li>
      ))}
    </ul>
  );
}
