import type { BoardSummary } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { completionPercent } from './board-completion';

/** One board as a card that is a link as a whole; its accessible name starts with the title. */
export function BoardListCard({ board }: { board: BoardSummary }) {
  const { t } = useTranslation('table');
  const { total, done, overdue } = board.counts;
  const percent = completionPercent(board.counts);
  return (
    <Link to={`/boards/${board.id}`} className="boards-list-card" data-testid="board-card">
      <h2 className="boards-list-title">{board.title}</h2>
      {board.description && <p className="boards-list-description muted">{board.description}</p>}
      <div className="boards-list-progress" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="boards-list-counts">
        <span>{t('boardList.total', { count: total })}</span>
        <span>{t('boardList.done', { count: done, percent })}</span>
        <span className={overdue > 0 ? 'boards-list-overdue' : undefined} data-testid="board-overdue">
          {t('boardList.overdue', { count: overdue })}
        </span>
      </p>
    </Link>
  );
}
