import { useId, useRef, useState } from 'react';
import type { FormBinding } from './form-binding';
import type { SchemaCheck } from './field-problem';
import { useFormProblems } from './useFormProblems';

/**
 * A form filled in and then sent once (a dialog): its values as the inputs give them, checked on submit by
 * `check` (built with `checkWithSchema` over the contracts schema the API uses).
 */
export function useSchemaForm<Values extends object, Input>(
  initial: Values | (() => Values),
  check: (values: Values) => SchemaCheck<Input, keyof Values & string>,
) {
  const id = useId();
  const [values, setValues] = useState<Values>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const { problems, show, clear } = useFormProblems<keyof Values & string>(formRef);

  const change = (changes: Partial<Values>) => {
    setValues((current) => ({ ...current, ...changes }));
    clear(Object.keys(changes));
  };

  /** The request, or null after showing what is wrong with the values. */
  const validInput = (): Input | null => {
    const result = check(values);
    show(result.ok ? {} : result.problems);
    return result.ok ? result.input : null;
  };

  const binding: FormBinding<Values> = { id, values, problems, change };
  return { ...binding, formRef, validInput, showProblems: show };
}
