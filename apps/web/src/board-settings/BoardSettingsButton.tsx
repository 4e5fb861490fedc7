import { canCreateBoard, type BoardView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { DialogButton } from '../ui/DialogButton';
import { BoardSettingsDialog } from './BoardSettingsDialog';

/**
 * "Board settings" (台账设置) for those who may change boards: supervisors and admins, by the same rule the
 * API enforces. Disabled while offline.
 */
export function BoardSettingsButton({ board }: { board: BoardView }) {
  const { t } = useTranslation('boardSettings');
  const { me, online, archived } = usePermissions();

  // An archived board is read-only: its settings too, until it is restored.
  if (me === undefined || !canCreateBoard(me) || archived) return null;

  return (
    <DialogButton
      className="button-secondary"
      disabled={!online}
      testId="board-settings"
      renderDialog={(close) => <BoardSettingsDialog board={board} onClose={close} />}
    >
      {t('open')}
    </DialogButton>
  );
}
