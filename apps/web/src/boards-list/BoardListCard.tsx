import type { BoardSummary } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { completionPercent } from './board-completion';

/** One board as a card that is a link as a whole; its accessible name starts with the title. */
export function BoardListCard({ board }: { board: BoardSummary }) {
  const { t } = useTranslation('boards');
  const { total, done, overdue } = board.counts;
  const percent = completionPercent(board.counts);
  const archived = board.archivedAt !== null;
  return (
    <Link
      to={`/boards/${board.id}`}
      className={archived ? 'boards-list-card boards-list-card-archived' : 'boards-list-card'}
      data-testid="board-card"
    >
      <h2 className="boards-list-title">
        <span data-testid="board-title">{board.title}</span>
        {archived && (
          <span className="boards-list-badge" data-testid="board-archived-badge">
            {t('archivedBadge')}
          </span>
        )}
      </h2>
      {board.description && <p className="boards-list-description muted">{board.description}</p>}
      <div className="boards-list-progress" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="boards-list-counts">
        <span>{t('total', { count: total })}</span>
        <span>{t('done', { count: done, percent })}</span>
        <span className={overdue > 0 ? 'boards-list-overdue' : undefined} data-testid="board-overdue">
          {t('overdue', { count: overdue })}
        </span>
      </p>
    </Link>
  );
}
