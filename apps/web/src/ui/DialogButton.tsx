import { useState, type ReactNode } from 'react';

interface DialogButtonProps {
  /** The button's text. */
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  /** False hides the button once its dialog is closed; an open dialog stays, so what was typed is not lost. */
  offered?: boolean;
  testId: string;
  /** The dialog while it is open; `close` closes it and gives the focus back to the button. */
  renderDialog: (close: () => void) => ReactNode;
}

/** A button that opens a dialog, and gets the focus back when the dialog closes. */
export function DialogButton({ offered = true, renderDialog, ...button }: DialogButtonProps) {
  const [open, setOpen] = useState(false);
  // The element in state rather than a ref: `close` goes to the dialog while rendering, and reads it later.
  const [buttonElement, setButtonElement] = useState<HTMLButtonElement | null>(null);

  if (!offered && !open) return null;

  const close = () => {
    setOpen(false);
    buttonElement?.focus();
  };

  return (
    <>
      <button
        ref={setButtonElement}
        type="button"
        className={button.className}
        aria-haspopup="dialog"
        disabled={button.disabled}
        onClick={() => setOpen(true)}
        data-testid={button.testId}
      >
        {button.children}
      </button>
      {open && renderDialog(close)}
    </>
  );
}
