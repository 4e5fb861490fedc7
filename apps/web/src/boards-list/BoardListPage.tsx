import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { BoardListCard } from './BoardListCard';
import './boards-list.css';

/** /boards — the boards the signed-in user may see, with how their tasks stand. */
export function BoardListPage() {
  const { t } = useTranslation(['common', 'table']);
  const token = useToken();
  const boards = useQuery({ queryKey: queryKeys.boards, queryFn: () => call(routes.listBoards, { token }) });

  if (boards.isPending) return <p className="muted">{t('loading')}</p>;
  if (boards.isError) {
    return (
      <div role="alert">
        <p className="error">{`${t('loadFailed')}: ${boards.error.message}`}</p>
        <button type="button" onClick={() => void boards.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  }

  return (
    <section aria-labelledby="boards-heading" className="boards-list-page">
      <h1 id="boards-heading">{t('table:boardList.heading')}</h1>
      {boards.data.length === 0 ? (
        <div className="boards-list-empty">
          <p>{t('table:boardList.empty')}</p>
          <p className="muted">{t('table:boardList.emptyHint')}</p>
        </div>
      ) : (
        <ul className="boards-list" data-testid="board-list">
          {boards.data.map((board) => (
            <li key={board.id}>
              <BoardListCard board={board} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
