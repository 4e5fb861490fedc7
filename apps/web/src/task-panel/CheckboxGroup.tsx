interface CheckboxGroupProps {
  legend: string;
  options: { value: string; label: string; hint?: string }[];
  selected: string[];
  disabled: boolean;
  onChange: (selected: string[]) => void;
  describedBy?: string;
}

/** A multi-select as a list of checkboxes: keyboard and screen-reader friendly without a widget library. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  disabled,
  onChange,
  describedBy,
}: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((existing) => existing !== value));
  return (
    <fieldset className="checkbox-group" disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
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
    </fieldset>
  );
}
