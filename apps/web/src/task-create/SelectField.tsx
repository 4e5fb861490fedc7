import { FormRow, problemProps } from './FormRow';
import type { FieldProblem } from './task-form';

interface SelectFieldProps {
  id: string;
  label: string;
  problem: FieldProblem | undefined;
  value: string;
  options: { value: string; label: string }[];
  /** Label of the empty choice; without it a value is required. */
  noneLabel?: string;
  onChange: (value: string) => void;
}

export function SelectField({ id, label, problem, value, options, noneLabel, onChange }: SelectFieldProps) {
  return (
    <FormRow id={id} label={label} problem={problem}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...problemProps(id, problem)}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormRow>
  );
}
