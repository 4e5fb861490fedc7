import { assignableDepartments, createBoardSchema } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { ChoicesField } from '../ui/form/ChoicesField';
import { maxLengthOf } from '../ui/form/field-problem';
import { problemText } from '../ui/form/ProblemMessage';
import { TextField } from '../ui/form/TextField';
import { FormDialog } from '../ui/FormDialog';
import { useNewBoardForm } from './useNewBoardForm';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** 新建台账 in a modal dialog: title, description, the meeting minutes, and the departments that may see it. */
export function NewBoardDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['common', 'boards', 'boardSettings', 'table']);
  const form = useNewBoardForm();
  const { departments } = useDirectory();
  // An archived department takes no new boards.
  const departmentOptions = assignableDepartments(departments)
    .map((department) => ({ value: department.id, label: department.name }))
    .sort(byLabel);
  const { shape } = createBoardSchema;

  return (
    <FormDialog
      heading={t('boards:create.heading')}
      testId="new-board-form"
      formRef={form.formRef}
      form={form}
      onClose={onClose}
      submitLabels={{ idle: t('boards:create.submit'), pending: t('boards:create.submitting') }}
      formProblem={problemText(form.problems.form)}
    >
      <div className="form-dialog-fields">
        <TextField
          form={form}
          name="title"
          label={t('field.title')}
          wide
          required
          maxLength={maxLengthOf(shape.title)}
        />
        <TextField
          form={form}
          name="description"
          label={t('field.description')}
          rows={4}
          maxLength={maxLengthOf(shape.description)}
        />
        <TextField
          form={form}
          name="source"
          label={t('boardSettings:field.source')}
          hint={t('boardSettings:hint.source')}
          rows={4}
          maxLength={maxLengthOf(shape.source)}
        />
        <ChoicesField
          form={form}
          name="departmentIds"
          legend={t('boardSettings:field.departments')}
          hint={t('boardSettings:hint.departments')}
          className="form-row form-row-wide form-checkboxes new-board-departments"
          options={departmentOptions}
          emptyText={t('table:create.noOptions')}
        />
      </div>
    </FormDialog>
  );
}
