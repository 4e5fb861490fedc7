import { useEffect, useRef } from 'react';

/**
 * Shows a native <dialog> as a modal once it is mounted: the browser keeps focus inside it, makes the page
 * behind inert and closes it on Escape. Returns the ref for the <dialog>.
 */
export function useModalDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() on cleanup: removing the element ends the modal state, and a close event would reach onClose.
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first focusable element (the close button); the first field is where to start.
    dialog.querySelector<HTMLElement>('input')?.focus();
  }, []);

  return dialogRef;
}
