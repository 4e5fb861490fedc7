import { useEffect, type RefObject } from 'react';

export type DismissedBy = 'escape' | 'outside';

/** Closes a popover on Escape or on a press outside it, the way menus and pickers close. */
export function useDismiss(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  onDismiss: (by: DismissedBy) => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) onDismiss('outside');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Only this popover closes, not a task panel under it.
      event.stopPropagation();
      onDismiss('escape');
    };
    const element = root.current;
    document.addEventListener('pointerdown', onPointerDown);
    element?.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      element?.removeEventListener('keydown', onKeyDown);
    };
  }, [root, open, onDismiss]);
}
