import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { FormDialog } from '../ui/FormDialog';
import { useFirstProblemFocus } from '../ui/useFirstProblemFocus';
import { ProblemMessage } from '../ui/ProblemMessage';
import { TaskFormFields } from './TaskFormFields';
import { useCreateTaskForm } from './useCreateTaskForm';

/** The create-task form in a modal dialog; it closes once the task is created. */
export function CreateTaskDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('table');
  const { online } = usePermissions();
  const { formRef, focusFirstProblem } = useFirstProblemFocus();
  const form = useCreateTaskForm(onClose, focusFirstProblem);

  return (
    <FormDialog
      heading={t('create.heading')}
      testId="create-task-form"
      formRef={formRef}
      form={form}
      onClose={onClose}
      submitLabels={{ idle: t('create.submit'), pending: t('create.submitting') }}
      formProblem={form.problems.form && <ProblemMessage problem={form.problems.form} />}
      unavailableNotice={online ? undefined : t('create.offline')}
    >
      <TaskFormFields values={form.values} problems={form.problems} onChange={form.change} />
    </FormDialog>
  );
}
