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
  type?: 'text' | 'date' | 'number';
  /** A number box's bounds (whole numbers). */
  range?: { min: number; max: number };
  /** The contracts' limit for the field (`maxLengthOf`), never a literal. */
  maxLength?: number;
  required?: boolean;
  disabled?: boolean;
}

/** A text (date, number) input, or a text area, bound to the form field `name`, with its label and problem. */
export function TextField<Values>(props: TextFieldProps<Values>) {
  const { form, name, rows, type, range, hint, ...rest } = props;
  const id = controlId(form, name);
  const problem = problemText(form.problems[name]);
  const control = {
    id,
    value: form.values[name] as string,
    required: rest.required,
    disabled: rest.disabled,
    maxLength: rest.maxLength,
    placeholder: rest.placeholder,
    onChange: (event: { target: { value: string } }) =>
      form.change(changeOf<Values>(name, event.target.value as Values[keyof Values])),
    ...describedBy(id, { hint, problem }),
  };
  const numeric = type === 'number' ? { inputMode: 'numeric' as const, step: 1, ...range } : {};
  return (
    <FormRow
      id={id}
      label={rest.label}
      hint={hint}
      problem={problem}
      wide={rest.wide}
      className={rest.className}
    >
      {rows ? <textarea rows={rows} {...control} /> : <input type={type} {...numeric} {...control} />}
    </FormRow>
  );
}
