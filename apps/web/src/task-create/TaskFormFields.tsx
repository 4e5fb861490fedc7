import { useTranslation } from 'react-i18next';
import { AssigneesField } from '../tasks/AssigneesField';
import { AssignmentFields } from '../tasks/AssignmentFields';
import { taskMaxLength, type NewTaskValues } from '../tasks/task-form';
import type { FormBinding } from '../ui/form/form-binding';
import { TextField } from '../ui/form/TextField';

/** The fields of a new task, each with its label and, after a failed submit, its problem. */
export function TaskFormFields({ form }: { form: FormBinding<NewTaskValues> }) {
  const { t } = useTranslation(['common', 'table']);
  return (
    <div className="form-dialog-fields">
      <TextField
        form={form}
        name="title"
        label={t('field.title')}
        wide
        required
        maxLength={taskMaxLength('title')}
      />
      <TextField
        form={form}
        name="description"
        label={t('field.description')}
        wide
        rows={3}
        maxLength={taskMaxLength('description')}
      />
      <AssignmentFields form={form} layout="dialog" />
      <AssigneesField form={form} layout="dialog" />
      <TextField
        form={form}
        name="labels"
        label={t('field.labels')}
        hint={t('table:create.labelsHint')}
        wide
      />
    </div>
  );
}
