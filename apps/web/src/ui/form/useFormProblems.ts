import { useState } from 'react';
import type { FormProblems } from './field-problem';

/**
 * The problems a form shows. Showing some calls `onShown` (`useFirstProblemFocus`: the user is taken to
 * the first field to fix); editing a field drops its problem, the others stay until the next check.
 */
export function useFormProblems<Field extends string>(onShown: () => void) {
  const [problems, setProblems] = useState<FormProblems<Field>>({});

  const show = (next: FormProblems<Field>) => {
    setProblems(next);
    if (Object.keys(next).length > 0) onShown();
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
