import type { BoardView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { FormDialog } from '../ui/FormDialog';
import { problemText } from '../ui/form/ProblemMessage';
import { BoardDetailsFields } from './BoardDetailsFields';
import { SupervisionRulesFields } from './SupervisionRulesFields';
import { useBoardSettingsForm } from './useBoardSettingsForm';
import './board-settings.css';

/** 台账设置 in a modal dialog: the board's details and its supervision rules; it closes once saved. */
export function BoardSettingsDialog({ board, onClose }: { board: BoardView; onClose: () => void }) {
  const { t } = useTranslation('boardSettings');
  const { online } = usePermissions();
  const form = useBoardSettingsForm(board, onClose);

  return (
    <FormDialog
      heading={t('heading')}
      testId="board-settings-form"
      formRef={form.formRef}
      form={form}
      onClose={onClose}
      submitLabels={{ idle: t('save'), pending: t('saving') }}
      formProblem={problemText(form.problems.form)}
      unavailableNotice={online ? undefined : t('offline')}
    >
      <BoardDetailsFields form={form} />
      <SupervisionRulesFields form={form} />
    </FormDialog>
  );
}
