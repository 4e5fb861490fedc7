import { useEffect, useState, type RefObject } from 'react';
import type { FormProblems } from './field-problem';

/**
 * The problems a form shows. Showing some takes the user to the first field to fix, once they have
 * rendered; editing a field drops its problem, the others stay until the next check.
 */
export function useFormProblems<Field extends string>(formRef: RefObject<HTMLFormElement | null>) {
  const [problems, setProblems] = useState<FormProblems<Field>>({});
  // Counts the times problems were shown: each time, after the render that marks the fields invalid.
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (shown > 0) focusFirstInvalid(formRef.current);
  }, [shown, formRef]);

  const show = (next: FormProblems<Field>) => {
    setProblems(next);
    if (Object.keys(next).length > 0) setShown((count) => count + 1);
  };

  const clear = (fields: readonly string[]) =>
    setProblems((current) => {
      if (!fields.some((field) => field in current)) return current;
      const next = { ...current };
      for (const field of fields) delete next[field as Field];
      return next;
    });

  return { problems, show, clear };
}

function focusFirstInvalid(form: HTMLFormElement | null) {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  // A fieldset of checkboxes cannot take focus itself: its first box does.
  const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input') : invalid;
  target?.focus();
}
