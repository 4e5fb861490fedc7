import type { EditableTaskField } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceLinks } from './EvidenceLinks';
import { errorProps, FieldMessage } from './FieldMessage';
import type { TaskEditor } from './useTaskEditor';

type TextField = 'problem' | 'source' | 'measures' | 'result' | 'evidence' | 'evidenceLinks';

interface RectificationFieldsProps {
  editor: TaskEditor;
  /** The user may not edit this task at all. */
  disabled: boolean;
  /** Fields the task's status freezes (the submission, while it awaits verification). */
  frozen: (field: EditableTaskField) => boolean;
  /** The problem and its source are the supervision office's, as the assignment is. */
  officeDisabled: boolean;
  /** The links as saved, shown as links when the user cannot edit them. */
  savedLinks: readonly string[];
}

/** 整改事项: what the inspection found and where, what the department does about it, and the proof. */
export function RectificationFields({
  editor,
  disabled,
  frozen,
  officeDisabled,
  savedLinks,
}: RectificationFieldsProps) {
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const { values, errors, setField } = editor;
  const label = (field: TextField) => <label htmlFor={`${id}-${field}`}>{t(`field.${field}`)}</label>;
  const message = (field: TextField) => (
    <FieldMessage id={`${id}-${field}-error`} errors={errors} field={field} />
  );
  const inputProps = (field: TextField, fieldDisabled: boolean) => ({
    id: `${id}-${field}`,
    value: values[field],
    disabled: fieldDisabled,
    ...errorProps(`${id}-${field}-error`, errors, field),
  });
  const area = (field: TextField, fieldDisabled: boolean, rows = 3, placeholder?: string) => (
    <div className="task-field">
      {label(field)}
      <textarea
        {...inputProps(field, fieldDisabled)}
        rows={rows}
        placeholder={placeholder}
        onChange={(event) => setField(field, event.target.value)}
      />
      {message(field)}
    </div>
  );

  return (
    <fieldset className="task-rectification">
      <legend>{t('kind.rectification')}</legend>
      {area('problem', officeDisabled)}
      <div className="task-field">
        {label('source')}
        <input
          {...inputProps('source', officeDisabled)}
          maxLength={500}
          onChange={(event) => setField('source', event.target.value)}
        />
        {message('source')}
      </div>
      {area('measures', disabled || frozen('measures'))}
      {area('result', disabled || frozen('result'))}
      {area('evidence', disabled || frozen('evidence'))}
      {disabled || frozen('evidenceLinks') ? (
        <EvidenceLinks links={savedLinks} />
      ) : (
        area('evidenceLinks', disabled, 2, t('task:evidenceLinksHint'))
      )}
    </fieldset>
  );
}
