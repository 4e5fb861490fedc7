import type { BoardView as BoardViewModel } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { NO_HISTORY_FILTERS, writeHistoryFilters } from '../board-history/history-filters';
import { ArchiveBoardButton } from '../board-settings/ArchiveBoardButton';
import { ArchivedBoardBanner } from '../board-settings/ArchivedBoardBanner';
import { BulletinLink } from '../bulletin/BulletinLink';
import { MinutesLink } from '../minutes/MinutesLink';
import { BoardRules } from '../board-settings/BoardRules';
import { BoardSettingsButton } from '../board-settings/BoardSettingsButton';
import { CreateTaskButton } from '../task-create/CreateTaskButton';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceAvatars } from './PresenceAvatars';
import { BOARD_VIEW_MODES, type BoardViewMode } from './view-mode';

export function BoardHeader({ board, mode }: { board: BoardViewModel; mode: BoardViewMode }) {
  const { t } = useTranslation(['common', 'board', 'history', 'dashboard']);
  const [searchParams, setSearchParams] = useSearchParams();

  const switchTo = (next: BoardViewMode) => {
    // The history's filters mean nothing to the other views: leaving it drops them.
    const params =
      next === 'history'
        ? new URLSearchParams(searchParams)
        : writeHistoryFilters(searchParams, NO_HISTORY_FILTERS);
    if (next === 'board') params.delete('view');
    else params.set('view', next);
    setSearchParams(params);
  };
  const label = {
    board: t('board:boardView'),
    table: t('board:tableView'),
    history: t('history:board.view'),
  };

  return (
    <div className="board-header">
      <div className="board-header-row">
        <Link to="/boards" className="button-secondary">
          ← {t('board:backToBoards')}
        </Link>
        <div className="view-switch" role="group" aria-label={t('board:boardView')}>
          {BOARD_VIEW_MODES.map((view) => (
            <button key={view} type="button" aria-pressed={mode === view} onClick={() => switchTo(view)}>
              {label[view]}
            </button>
          ))}
        </div>
        <CreateTaskButton />
        <Link to={`/boards/${board.id}/dashboard`} className="button-secondary">
          {t('dashboard:boardLink')}
        </Link>
        <BulletinLink boardId={board.id} />
        <MinutesLink boardId={board.id} />
        <BoardSettingsButton board={board} />
        <ArchiveBoardButton board={board} />
        <PresenceAvatars />
        <ConnectionStatus />
      </div>
      <ArchivedBoardBanner board={board} />
      <h1 id="board-heading">{board.title}</h1>
      {board.description && <p className="muted board-description">{board.description}</p>}
      <BoardRules settings={board.settings} />
    </div>
  );
}
