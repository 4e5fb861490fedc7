import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';
import './form-dialog.css';

interface FormDialogProps {
  heading: string;
  /** The form's `data-testid`. */
  testId: string;
  formRef: RefObject<HTMLFormElement | null>;
  form: { submit: (event: FormEvent<HTMLFormElement>) => void; pending: boolean };
  onClose: () => void;
  /** The submit button's label, and its label while the form is being sent (it is disabled meanwhile). */
  submitLabels: { idle: string; pending: string };
  /** A problem with the form as a whole, worded; announced as an alert. */
  formProblem?: ReactNode;
  /** Why the form cannot be sent just now (offline, say): shown above the buttons, and submit is disabled. */
  unavailableNotice?: string;
  children: ReactNode;
}

/**
 * A form in a native modal <dialog>: a heading with a close button, the fields, and Cancel and submit at the
 * bottom. Escape, Cancel and the close button all call `onClose`.
 */
export function FormDialog(props: FormDialogProps) {
  const { heading, testId, formRef, form, onClose, submitLabels, formProblem, unavailableNotice } = props;
  const { t } = useTranslation('common');
  const dialogRef = useModalDialog();
  const headingId = useId();

  return (
    <dialog ref={dialogRef} className="form-dialog" aria-labelledby={headingId} onClose={onClose}>
      <form ref={formRef} noValidate onSubmit={form.submit} data-testid={testId}>
        <header className="form-dialog-header">
          <h2 id={headingId}>{heading}</h2>
          <button type="button" className="button-secondary" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </header>
        {props.children}
        {formProblem && (
          <p className="form-problem" role="alert">
            {formProblem}
          </p>
        )}
        {unavailableNotice && <p className="muted">{unavailableNotice}</p>}
        <footer className="form-dialog-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" disabled={form.pending || unavailableNotice !== undefined}>
            {form.pending ? submitLabels.pending : submitLabels.idle}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
