import { commentBodySchema, createCommentSchema, mentionedUsernames } from '@duban/contracts';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maxLengthOf } from '../ui/form/field-problem';
import { useSubmitShortcut } from './submit-shortcut';
import { usePersonLookup } from './useMentionDirectory';

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  pending: boolean;
  disabled?: boolean;
  /** Resolves when saved (the form then clears); a failure is shown by the caller. */
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  /** A checkbox beside the button, such as "Post as instruction" for a leader. */
  option?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  /** Files to go with a new comment (chosen here, uploaded by the caller once the comment exists). */
  files?: ReactNode;
}

/**
 * A Markdown textarea with a submit button; Ctrl/Cmd+Enter submits (said only where there is a physical
 * keyboard), Escape cancels an edit. While the author writes, an @username that is nobody is pointed out:
 * the server would silently notify no one.
 */
export function CommentForm(props: CommentFormProps) {
  const {
    label,
    submitLabel,
    initialBody = '',
    pending,
    disabled = false,
    onSubmit,
    onCancel,
    option,
    files,
  } = props;
  const { t } = useTranslation(['common', 'task']);
  const id = useId();
  const hintId = useId();
  const [body, setBody] = useState(initialBody);
  const valid = createCommentSchema.safeParse({ body }).success;
  const shortcut = useSubmitShortcut();
  const placeholder = shortcut
    ? `${t('task:comments.placeholder')} ${t('task:comments.shortcut', { keys: shortcut })}`
    : t('task:comments.placeholder');
  const person = usePersonLookup();
  // While the directory loads, nobody is called unknown.
  const unknown = person ? mentionedUsernames(body).filter((username) => person(username) === undefined) : [];

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
        placeholder={placeholder}
        aria-describedby={unknown.length > 0 ? hintId : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {unknown.length > 0 && (
        <p id={hintId} className="comment-unknown-mentions" data-testid="unknown-mentions">
          {t('task:comments.unknownMentions', {
            count: unknown.length,
            names: unknown.map((username) => `@${username}`).join(', '),
          })}
        </p>
      )}
      {files}
      <div className="comment-form-actions">
        {option && (
          <label className="comment-form-option">
            <input
              type="checkbox"
              checked={option.checked}
              disabled={disabled}
              onChange={(event) => option.onChange(event.target.checked)}
            />
            {option.label}
          </label>
        )}
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
