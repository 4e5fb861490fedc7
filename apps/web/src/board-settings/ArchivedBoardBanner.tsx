import { canArchiveBoard, type BoardView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { useArchiveBoard } from './useArchiveBoard';

/**
 * Over an archived board: it is read-only, and supervisors and administrators may restore it (恢复). Nothing
 * while the board is in use.
 */
export function ArchivedBoardBanner({ board }: { board: BoardView }) {
  const { t } = useTranslation('boards');
  const me = useMe();
  const restoring = useArchiveBoard(board.id);

  if (board.archivedAt === null) return null;
  const mayRestore = me !== undefined && canArchiveBoard(me);

  return (
    <div className="archived-board-banner" role="status" data-testid="archived-banner">
      <div>
        <p className="archived-board-banner-title">{t('archived.banner')}</p>
        {mayRestore && <p className="muted">{t('archived.bannerHint')}</p>}
        {restoring.problem && (
          <p className="error" role="alert">
            {restoring.problem}
          </p>
        )}
      </div>
      {mayRestore && (
        <button
          type="button"
          onClick={restoring.restore}
          disabled={restoring.pending}
          data-testid="restore-board"
        >
          {restoring.pending ? t('archived.restoring') : t('archived.restore')}
        </button>
      )}
    </div>
  );
}
