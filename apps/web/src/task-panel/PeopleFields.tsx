import { useTranslation } from 'react-i18next';
import { AssigneesField } from '../tasks/AssigneesField';
import { TextField } from '../ui/form/TextField';
import type { TaskEditor } from './useTaskEditor';

/** Who works on it, and free labels. */
export function PeopleFields({ editor, disabled }: { editor: TaskEditor; disabled: boolean }) {
  const { t } = useTranslation(['common', 'task']);
  return (
    <>
      <AssigneesField form={editor.form} layout="panel" disabled={disabled} />
      <TextField
        form={editor.form}
        name="labels"
        label={t('field.labels')}
        placeholder={t('task:labelsHint')}
        disabled={disabled}
        className="task-field"
      />
    </>
  );
}
