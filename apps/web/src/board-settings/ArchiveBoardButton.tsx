import { canArchiveBoard, type BoardView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { DialogButton } from '../ui/DialogButton';
import { ArchiveBoardDialog } from './ArchiveBoardDialog';

/**
 * "Archive board" (归档台账) for supervisors and administrators, once the board's work is finished; it asks
 * for a confirmation first. Not offered on an archived board (the banner offers "Restore"), disabled offline.
 */
export function ArchiveBoardButton({ board }: { board: BoardView }) {
  const { t } = useTranslation('boards');
  const { me, online, archived } = usePermissions();

  if (me === undefined || !canArchiveBoard(me) || archived) return null;

  return (
    <DialogButton
      className="button-secondary"
      disabled={!online}
      testId="archive-board"
      renderDialog={(close) => <ArchiveBoardDialog board={board} onClose={close} />}
    >
      {t('archive.open')}
    </DialogButton>
  );
}
