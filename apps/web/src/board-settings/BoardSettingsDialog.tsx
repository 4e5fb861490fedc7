import type { BoardView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { FormDialog } from '../ui/FormDialog';
import { useFirstProblemFocus } from '../ui/useFirstProblemFocus';
import { BoardDetailsFields } from './BoardDetailsFields';
import { settingsProblemText } from './SettingsProblemMessage';
import { SupervisionRulesFields } from './SupervisionRulesFields';
import { useBoardSettingsForm } from './useBoardSettingsForm';
import './board-settings.css';

/** 台账设置 in a modal dialog: the board's details and its supervision rules; it closes once saved. */
export function BoardSettingsDialog({ board, onClose }: { board: BoardView; onClose: () => void }) {
  const { t } = useTranslation('boardSettings');
  const { online } = usePermissions();
  const { formRef, focusFirstProblem } = useFirstProblemFocus();
  const form = useBoardSettingsForm(board, onClose, focusFirstProblem);

  return (
    <FormDialog
      heading={t('heading')}
      testId="board-settings-form"
      formRef={formRef}
      form={form}
      onClose={onClose}
      submitLabels={{ idle: t('save'), pending: t('saving') }}
      formProblem={settingsProblemText(form.problems.form)}
      unavailableNotice={online ? undefined : t('offline')}
    >
      <BoardDetailsFields values={form.values} problems={form.problems} onChange={form.change} />
      <SupervisionRulesFields values={form.values} problems={form.problems} onChange={form.change} />
    </FormDialog>
  );
}
