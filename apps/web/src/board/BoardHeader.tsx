import type { BoardView as BoardViewModel } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CreateTaskButton } from '../task-create/CreateTaskButton';
import type { BoardViewMode } from './BoardPage';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceAvatars } from './PresenceAvatars';

export function BoardHeader({ board, mode }: { board: BoardViewModel; mode: BoardViewMode }) {
  const { t } = useTranslation(['common', 'board']);
  const [searchParams, setSearchParams] = useSearchParams();

  const switchTo = (next: BoardViewMode) => {
    const params = new URLSearchParams(searchParams);
    if (next === 'table') params.set('view', 'table');
    else params.delete('view');
    setSearchParams(params);
  };

  return (
    <div className="board-header">
      <div className="board-header-row">
        <Link to="/boards" className="button-secondary">
          ← {t('board:backToBoards')}
        </Link>
        <div className="view-switch" role="group" aria-label={t('board:boardView')}>
          <button type="button" aria-pressed={mode === 'board'} onClick={() => switchTo('board')}>
            {t('board:boardView')}
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => switchTo('table')}>
            {t('board:tableView')}
          </button>
        </div>
        <CreateTaskButton />
        <PresenceAvatars />
        <ConnectionStatus />
      </div>
      <h1 id="board-heading">{board.title}</h1>
      {board.description && <p className="muted board-description">{board.description}</p>}
    </div>
  );
}
