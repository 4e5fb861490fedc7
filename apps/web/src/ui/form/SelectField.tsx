import { changeOf, controlId, type FieldsOf, type FormBinding } from './form-binding';
import { describedBy, FormRow } from './FormRow';
import { problemText } from './ProblemMessage';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectFieldProps<Values> {
  form: FormBinding<Values>;
  name: FieldsOf<Values, string>;
  label: string;
  hint?: string;
  options: readonly SelectOption[];
  /** Label of the empty choice; without it a value is required. */
  noneLabel?: string;
  wide?: boolean;
  className?: string;
  disabled?: boolean;
  /** Instead of setting the field alone (a choice that moves other fields along with it). */
  onChange?: (value: string) => void;
}

/** A drop-down list bound to the form field `name`, with its label and problem. */
export function SelectField<Values>(props: SelectFieldProps<Values>) {
  const { form, name, hint, options, noneLabel } = props;
  const id = controlId(form, name);
  const problem = problemText(form.problems[name]);
  const change =
    props.onChange ?? ((value: string) => form.change(changeOf<Values>(name, value as Values[keyof Values])));
  return (
    <FormRow
      id={id}
      label={props.label}
      hint={hint}
      problem={problem}
      wide={props.wide}
      className={props.className}
    >
      <select
        id={id}
        value={form.values[name] as string}
        disabled={props.disabled}
        onChange={(event) => change(event.target.value)}
        {...describedBy(id, { hint, problem })}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FormRow>
  );
}
