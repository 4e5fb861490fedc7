import { canCreateBoard, type BoardView } from '@duban/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board/useCanEdit';
import { BoardSettingsDialog } from './BoardSettingsDialog';
import './board-settings.css';

/**
 * "Board settings" (台账设置) for those who may change boards: supervisors and admins, by the same rule the
 * API enforces. Disabled while offline.
 */
export function BoardSettingsButton({ board }: { board: BoardView }) {
  const { t } = useTranslation('boardSettings');
  const { me, online } = usePermissions();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (me === undefined || !canCreateBoard(me)) return null;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button-secondary"
        aria-haspopup="dialog"
        disabled={!online}
        onClick={() => setOpen(true)}
        data-testid="board-settings"
      >
        {t('open')}
      </button>
      {open && <BoardSettingsDialog board={board} onClose={close} />}
    </>
  );
}
