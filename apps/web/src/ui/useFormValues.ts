import { useState } from 'react';

/** What is wrong with a form: at most one problem per field, and one for the form as a whole. */
export type FormProblemsOf<Values, Problem> = Partial<Record<keyof Values | 'form', Problem>>;

/** The values of a form being filled in, and the problems its last submit found with them. */
export function useFormValues<Values extends object, Problem>(initial: Values | (() => Values)) {
  const [values, setValues] = useState<Values>(initial);
  const [problems, setProblems] = useState<FormProblemsOf<Values, Problem>>({});

  const change = (changes: Partial<Values>) => {
    setValues((current) => ({ ...current, ...changes }));
    // A field being edited drops its problem; the others stay until the next submit.
    setProblems((current) => {
      const next = { ...current };
      for (const field of Object.keys(changes) as (keyof Values)[]) delete next[field];
      return next;
    });
  };

  return { values, problems, setProblems, change };
}
