import type { EditableTaskField } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { taskMaxLength } from '../tasks/task-form';
import { TextField } from '../ui/form/TextField';
import { EvidenceLinks } from './EvidenceLinks';
import type { TaskEditor } from './useTaskEditor';

type LongTextField = 'problem' | 'measures' | 'result' | 'evidence';

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
  const row = { form: editor.form, className: 'task-field' };
  const area = (name: LongTextField, fieldDisabled: boolean) => (
    <TextField
      {...row}
      name={name}
      label={t(`field.${name}`)}
      rows={3}
      maxLength={taskMaxLength(name)}
      disabled={fieldDisabled}
    />
  );

  return (
    <fieldset className="task-rectification">
      <legend>{t('kind.rectification')}</legend>
      {area('problem', officeDisabled)}
      <TextField
        {...row}
        name="source"
        label={t('field.source')}
        maxLength={taskMaxLength('source')}
        disabled={officeDisabled}
      />
      {area('measures', disabled || frozen('measures'))}
      {area('result', disabled || frozen('result'))}
      {area('evidence', disabled || frozen('evidence'))}
      {disabled || frozen('evidenceLinks') ? (
        <EvidenceLinks links={savedLinks} />
      ) : (
        <TextField
          {...row}
          name="evidenceLinks"
          label={t('field.evidenceLinks')}
          rows={2}
          placeholder={t('task:evidenceLinksHint')}
        />
      )}
    </fieldset>
  );
}
