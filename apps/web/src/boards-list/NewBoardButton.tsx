import { canCreateBoard } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { DialogButton } from '../ui/DialogButton';
import { NewBoardDialog } from './NewBoardDialog';

/** "New board" (新建台账) for supervisors and administrators, by the rule the API enforces. */
export function NewBoardButton() {
  const { t } = useTranslation('boards');
  const me = useMe();
  return (
    <DialogButton
      offered={me !== undefined && canCreateBoard(me)}
      testId="new-board"
      renderDialog={(close) => <NewBoardDialog onClose={close} />}
    >
      + {t('create.open')}
    </DialogButton>
  );
}
