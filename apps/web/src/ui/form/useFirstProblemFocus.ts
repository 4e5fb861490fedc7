import { useRef } from 'react';

/**
 * A ref for a form, and a callback for when problems are shown: once they have rendered, it takes the user
 * to the first field to fix.
 */
export function useFirstProblemFocus() {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstProblem = () => {
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  };
  return { formRef, focusFirstProblem };
}

function focusFirstInvalid(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  // A fieldset of checkboxes cannot take focus itself: its first box does.
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}
