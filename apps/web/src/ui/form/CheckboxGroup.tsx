import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: CheckboxOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
  className?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Shown instead of an empty list. */
  emptyText?: string;
  /** Below the list, e.g. a validation message. */
  footer?: ReactNode;
}

/** A multi-select as a list of checkboxes (departments, people): keyboard and screen-reader friendly. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { legend, options, selected, onChange, emptyText, footer } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((existing) => existing !== value));
  return (
    <fieldset
      className={props.className ?? 'checkbox-group'}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
    >
      <legend>{legend}</legend>
      {options.length === 0 && emptyText && <p className="muted">{emptyText}</p>}
      {/* No empty framed box under "Nothing to choose from". */}
      {options.length > 0 && (
        <ul>
          {options.map((option) => (
            <li key={option.value}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />{' '}
                {option.label}
                {option.hint && <span className="muted"> · {option.hint}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      {footer}
    </fieldset>
  );
}
