import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { DialogButton } from '../ui/DialogButton';
import { CreateTaskDialog } from './CreateTaskDialog';

/** "New task" for supervisors and admins; shown only while they may create tasks (online). */
export function CreateTaskButton() {
  const { t } = useTranslation('table');
  const { canCreateTasks } = usePermissions();

  // An open dialog stays through a connection blip, so what was typed is not lost; it cannot submit meanwhile.
  return (
    <DialogButton
      offered={canCreateTasks}
      disabled={!canCreateTasks}
      testId="create-task"
      renderDialog={(close) => <CreateTaskDialog onClose={close} />}
    >
      + {t('create.open')}
    </DialogButton>
  );
}
