import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** Placeholder list; counts and polish come with the board-list feature. */
export function BoardListPage() {
  const { t } = useTranslation(['common', 'board']);
  const token = useToken();
  const boards = useQuery({ queryKey: queryKeys.boards, queryFn: () => api.boards(token) });
  if (boards.isPending) return <p className="muted">{t('loading')}</p>;
  if (boards.isError) return <p className="error">{boards.error.message}</p>;
  return (
    <section aria-labelledby="boards-heading">
      <h1 id="boards-heading">{t('board:boards')}</h1>
      <ul className="board-list">
        {boards.data.map((board) => (
          <li key={board.id}>
            <Link to={`/boards/${board.id}`}>{board.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
