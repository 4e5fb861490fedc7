import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board/useCanEdit';
import { ProblemMessage } from './ProblemMessage';
import { TaskFormFields } from './TaskFormFields';
import { useCreateTaskForm } from './useCreateTaskForm';

/**
 * The create-task form in a native modal <dialog>: the browser keeps focus inside it, makes the page behind
 * inert and closes it on Escape.
 */
export function CreateTaskDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['common', 'table']);
  const { online } = usePermissions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  // After the errors render, take the user to the first field to fix.
  const form = useCreateTaskForm(onClose, () =>
    requestAnimationFrame(() => focusFirstProblem(formRef.current)),
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() on cleanup: removing the element ends the modal state, and a close event would reach onClose.
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first focusable element (the close button); the title is where to start.
    dialog.querySelector<HTMLElement>('input')?.focus();
  }, []);

  return (
    <dialog ref={dialogRef} className="create-task-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={form.submit} data-testid="create-task-form">
        <header className="create-task-header">
          <h2 id={headingId}>{t('table:create.heading')}</h2>
          <button type="button" className="button-secondary" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        <TaskFormFields values={form.values} problems={form.problems} onChange={form.change} />
        {form.problems.form && (
          <p className="create-task-form-error" role="alert">
            <ProblemMessage problem={form.problems.form} />
          </p>
        )}
        {!online && <p className="muted">{t('table:create.offline')}</p>}
        <footer className="create-task-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" disabled={form.pending || !online}>
            {form.pending ? t('table:create.submitting') : t('table:create.submit')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

function focusFirstProblem(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  // A fieldset of checkboxes cannot take focus itself: its first box does.
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}
