import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup';
import { changeOf, controlId, type FieldsOf, type FormBinding } from './form-binding';
import { problemText } from './ProblemMessage';

interface ChoicesFieldProps<Values> {
  form: FormBinding<Values>;
  name: FieldsOf<Values, string[]>;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  /** Shown instead of an empty list. */
  emptyText?: string;
  className?: string;
  disabled?: boolean;
}

/** A multiple choice (departments, people) bound to the list field `name`, with its problem and hint. */
export function ChoicesField<Values>(props: ChoicesFieldProps<Values>) {
  const { form, name, hint } = props;
  const id = controlId(form, name);
  const problem = problemText(form.problems[name]);
  const describedBy = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <CheckboxGroup
      legend={props.legend}
      options={props.options}
      selected={form.values[name] as string[]}
      onChange={(selected) => form.change(changeOf<Values>(name, selected as Values[keyof Values]))}
      disabled={props.disabled}
      className={props.className ?? 'form-row form-checkboxes'}
      describedBy={describedBy || undefined}
      invalid={problem !== undefined}
      emptyText={props.emptyText}
      footer={
        <>
          {problem && (
            <p id={`${id}-problem`} className="form-problem">
              {problem}
            </p>
          )}
          {hint && (
            <p id={`${id}-hint`} className="form-hint muted">
              {hint}
            </p>
          )}
        </>
      }
    />
  );
}
