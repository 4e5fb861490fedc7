import { ProblemMessage } from './ProblemMessage';
import type { FieldProblem } from './task-form';

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: CheckboxOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  problem: FieldProblem | undefined;
  /** Shown instead of an empty list. */
  emptyText: string;
}

/** A fieldset of checkboxes for picking several (departments, people), scrolling when the list is long. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  problem,
  emptyText,
}: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((existing) => existing !== value));
  return (
    <fieldset className="create-task-row create-task-checkboxes" aria-invalid={problem ? true : undefined}>
      <legend>{legend}</legend>
      {options.length === 0 && <p className="muted">{emptyText}</p>}
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="create-task-problem" role="alert">
          <ProblemMessage problem={problem} />
        </p>
      )}
    </fieldset>
  );
}
