import {
  reopenTaskSchema,
  returnTaskSchema,
  submitTaskSchema,
  verifyTaskSchema,
  type TaskView,
  type UserView,
} from '@duban/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmissionEvidence } from '../attachments';
import { maxLengthOf } from '../ui/form/field-problem';
import { actionRefusal, initialText, type TextAction } from './workflow-actions';

/** The schema of each step's text, for its length limit. */
const TEXT_SCHEMAS = {
  submit: submitTaskSchema.shape.result,
  verify: verifyTaskSchema.shape.note,
  return: returnTaskSchema.shape.reason,
  reopen: reopenTaskSchema.shape.reason,
} satisfies Record<TextAction, unknown>;

interface WorkflowActionFormProps {
  action: TextAction;
  task: TaskView;
  actor: Pick<UserView, 'role' | 'departmentId'>;
  busy: boolean;
  /** The user's own move of the task is still on its way: confirming waits for it. */
  settling: boolean;
  onConfirm: (text: string) => void;
  onCancel: () => void;
}

/** The text a step needs (the result, the verification note, a reason for returning or reopening), then confirm. */
export function WorkflowActionForm({
  action,
  task,
  actor,
  busy,
  settling,
  onConfirm,
  onCancel,
}: WorkflowActionFormProps) {
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const [text, setText] = useState(() => initialText(action, task));
  // The confirm button follows the rules with what is typed: an empty reason cannot be sent.
  const allowed = actionRefusal(action, actor, task, text) === null;
  const required = actionRefusal(action, actor, task, '') !== null;
  const reviewing = action === 'verify' || action === 'return';

  return (
    <form
      className="supervision-form"
      noValidate
      aria-label={t(`task:supervision.action.${action}`)}
      onSubmit={(event) => {
        event.preventDefault();
        if (allowed && !busy && !settling) onConfirm(text);
      }}
      onKeyDown={(event) => {
        // Escape leaves this form, not the whole panel.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      {reviewing && (
        // The verifier checks the result and its evidence in one place, then writes the note or reason.
        <div className="supervision-review" data-testid="supervision-review">
          <h4 className="supervision-review-title">{t('task:supervision.submittedResult')}</h4>
          <p className="supervision-review-result">{task.result || t('task:supervision.noResult')}</p>
          <SubmissionEvidence task={task} offerUpload={false} />
        </div>
      )}
      <label htmlFor={`${id}-text`}>
        {t(`task:supervision.text.${action}`)}
        {required && <span className="muted"> {t('task:supervision.required')}</span>}
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        required={required}
        maxLength={maxLengthOf(TEXT_SCHEMAS[action])}
        // The user just asked for this form: start typing in it.
        autoFocus
        onChange={(event) => setText(event.target.value)}
      />
      {action === 'submit' && <SubmissionEvidence task={task} offerUpload />}
      <div className="supervision-form-buttons">
        <button type="submit" disabled={!allowed || busy || settling}>
          {busy ? t('task:supervision.sending') : t(`task:supervision.action.${action}`)}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
