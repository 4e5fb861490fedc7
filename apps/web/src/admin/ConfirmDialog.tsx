import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../ui/FormDialog';

interface ConfirmDialogProps {
  heading: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  /** What the server said when it refused, if it did. */
  problem?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" for an administration action that is hard to take back (delete, archive, deactivate). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation(['admin', 'common']);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm();
  };
  return (
    <FormDialog
      heading={props.heading}
      testId="confirm-form"
      formRef={formRef}
      form={{ submit, pending: props.pending }}
      onClose={props.onClose}
      submitLabels={{ idle: props.confirmLabel, pending: t('working') }}
      formProblem={props.problem}
    >
      <p>{props.text}</p>
    </FormDialog>
  );
}
