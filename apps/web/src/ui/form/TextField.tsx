import { changeOf, controlId, type FieldsOf, type FormBinding } from './form-binding';
import { describedBy, FormRow } from './FormRow';
import { problemText } from './ProblemMessage';

interface TextFieldProps<Values> {
  form: FormBinding<Values>;
  name: FieldsOf<Values, string>;
  label: string;
  hint?: string;
  placeholder?: string;
  wide?: boolean;
  className?: string;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  type?: 'text' | 'date' | 'number' | 'password';
  /** A number box's bounds (whole numbers), or a date input's first and last day ("YYYY-MM-DD"). */
  range?: { min: number; max: number } | { min: string; max: string };
  /** The contracts' limit for the field (`maxLengthOf`), never a literal; shown as "n / limit" near it. */
  maxLength?: number;
  required?: boolean;
  disabled?: boolean;
}

/** The share of a field's length limit from which its counter shows. */
export const COUNTER_FROM = 0.8;

/** A text (date, number) input, or a text area, bound to the form field `name`, with its label and problem. */
export function TextField<Values>(props: TextFieldProps<Values>) {
  const { form, name, rows, type, range, hint, ...rest } = props;
  const id = controlId(form, name);
  const problem = problemText(form.problems[name]);
  const value = form.values[name] as string;
  const control = {
    id,
    value,
    required: rest.required,
    disabled: rest.disabled,
    maxLength: rest.maxLength,
    placeholder: rest.placeholder,
    onChange: (event: { target: { value: string } }) =>
      form.change(changeOf<Values>(name, event.target.value as Values[keyof Values])),
    ...describedBy(id, { hint, problem }),
  };
  const bounds = type === 'number' ? { inputMode: 'numeric' as const, step: 1, ...range } : { ...range };
  return (
    <FormRow
      id={id}
      label={rest.label}
      hint={hint}
      problem={problem}
      wide={rest.wide}
      className={rest.className}
    >
      {rows ? <textarea rows={rows} {...control} /> : <input type={type} {...bounds} {...control} />}
      {rest.maxLength !== undefined && <LengthCounter length={value.length} limit={rest.maxLength} />}
    </FormRow>
  );
}

/**
 * "160 / 200" under a field once its text nears the limit, so the limit is no surprise; at the limit it
 * takes the problem colour (the input takes no more).
 */
function LengthCounter({ length, limit }: { length: number; limit: number }) {
  if (length < limit * COUNTER_FROM) return null;
  return (
    <p
      className={length >= limit ? 'form-counter form-counter-full' : 'form-counter'}
      data-testid="length-counter"
    >
      {length} / {limit}
    </p>
  );
}
