import type { FormProblems } from './field-problem';

/**
 * What a field component needs from its form, whichever form it is in (a dialog's `useSchemaForm`, the
 * task panel's live editor): the values, their problems, and a way to change them.
 */
export interface FormBinding<Values> {
  /** Prefix of the controls' ids, unique on the page (`useId`). */
  id: string;
  values: Values;
  problems: FormProblems<keyof Values & string>;
  // A method, so a form with more fields serves components that need only some of them.
  change(changes: Partial<Values>): void;
}

/** The names of the fields of `Values` that hold a `Type`. */
export type FieldsOf<Values, Type> = {
  [Name in keyof Values]: Values[Name] extends Type ? Name : never;
}[keyof Values] &
  string;

/** The id of a field's control, and what to give `change` to set it. */
export const controlId = <Values>(form: FormBinding<Values>, name: string) => `${form.id}-${name}`;

export const changeOf = <Values>(name: keyof Values, value: Values[keyof Values]) =>
  ({ [name]: value }) as Partial<Values>;
