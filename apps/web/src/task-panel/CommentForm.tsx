import { commentBodySchema, createCommentSchema } from '@duban/contracts';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengthOf } from '../ui/form/field-problem';

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  pending: boolean;
  disabled?: boolean;
  /** Resolves when saved (the form then clears); a failure is shown by the caller. */
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

/** A Markdown textarea with a submit button; Ctrl/Cmd+Enter submits, Escape cancels an edit. */
export function CommentForm(props: CommentFormProps) {
  const { label, submitLabel, initialBody = '', pending, disabled = false, onSubmit, onCancel } = props;
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const valid = createCommentSchema.safeParse({ body }).success;

  const submit = () => {
    if (!valid || pending || disabled) return;
    onSubmit(body.trim()).then(
      () => setBody(''),
      () => undefined,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel) {
      // Cancel the edit rather than closing the whole panel.
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className={onCancel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        value={body}
        maxLength={maxLengthOf(commentBodySchema)}
        disabled={disabled}
        placeholder={t('task:comments.placeholder')}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="comment-form-actions">
        <button type="submit" disabled={!valid || pending || disabled}>
          {pending ? t('task:comments.posting') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
