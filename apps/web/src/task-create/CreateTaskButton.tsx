import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board/useCanEdit';
import { CreateTaskDialog } from './CreateTaskDialog';
import './create-task.css';

/** "New task" for supervisors and admins; shown only while they may create tasks (online). */
export function CreateTaskButton() {
  const { t } = useTranslation('table');
  const { canCreateTasks } = usePermissions();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // An open dialog stays through a connection blip, so what was typed is not lost; it cannot submit meanwhile.
  if (!canCreateTasks && !open) return null;

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="create-task-button"
        aria-haspopup="dialog"
        disabled={!canCreateTasks}
        onClick={() => setOpen(true)}
        data-testid="create-task"
      >
        + {t('create.open')}
      </button>
      {open && <CreateTaskDialog onClose={close} />}
    </>
  );
}
