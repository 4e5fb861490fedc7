import { updateBoardSchema } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { ChoicesField } from '../ui/form/ChoicesField';
import { maxLengthOf } from '../ui/form/field-problem';
import type { FormBinding } from '../ui/form/form-binding';
import { TextField } from '../ui/form/TextField';
import type { BoardSettingsFormValues } from './board-settings-form';

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** What the board is (title, description, the meeting minutes it comes from) and who may see it. */
export function BoardDetailsFields({ form }: { form: FormBinding<BoardSettingsFormValues> }) {
  const { t } = useTranslation(['common', 'boardSettings', 'table']);
  const { departments } = useDirectory();
  const id = useId();
  const departmentOptions = departments
    .map((department) => ({ value: department.id, label: department.name }))
    .sort(byLabel);

  return (
    <section className="board-settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('boardSettings:section.board')}</h3>
      <div className="form-dialog-fields">
        <TextField
          form={form}
          name="title"
          label={t('field.title')}
          wide
          required
          maxLength={maxLengthOf(updateBoardSchema.shape.title)}
        />
        <TextField form={form} name="description" label={t('field.description')} rows={3} />
        <TextField
          form={form}
          name="source"
          label={t('boardSettings:field.source')}
          hint={t('boardSettings:hint.source')}
          rows={3}
        />
        <ChoicesField
          form={form}
          name="departmentIds"
          legend={t('boardSettings:field.departments')}
          hint={t('boardSettings:hint.departments')}
          className="form-row form-row-wide form-checkboxes board-settings-departments"
          options={departmentOptions}
          emptyText={t('table:create.noOptions')}
        />
      </div>
    </section>
  );
}
