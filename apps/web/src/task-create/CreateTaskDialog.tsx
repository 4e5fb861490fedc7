import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { FormDialog } from '../ui/FormDialog';
import { problemText } from '../ui/form/ProblemMessage';
import { TaskFormFields } from './TaskFormFields';
import { useCreateTaskForm } from './useCreateTaskForm';

/** The create-task form in a modal dialog; it closes once the task is created. */
export function CreateTaskDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('table');
  const { online } = usePermissions();
  const form = useCreateTaskForm(onClose);

  return (
    <FormDialog
      heading={t('create.heading')}
      testId="create-task-form"
      formRef={form.formRef}
      form={form}
      onClose={onClose}
      submitLabels={{ idle: t('create.submit'), pending: t('create.submitting') }}
      formProblem={problemText(form.problems.form)}
      unavailableNotice={online ? undefined : t('create.offline')}
    >
      <TaskFormFields form={form} />
    </FormDialog>
  );
}
