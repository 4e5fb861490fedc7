import { describedBy, FormRow, type FormRowProps } from './FormRow';

interface SelectFieldProps extends Omit<FormRowProps, 'children'> {
  value: string;
  options: readonly { value: string; label: string }[];
  /** Label of the empty choice; without it a value is required. */
  noneLabel?: string;
  onChange: (value: string) => void;
}

/** A drop-down list in a `FormRow`. */
export function SelectField({ value, options, noneLabel, onChange, ...row }: SelectFieldProps) {
  return (
    <FormRow {...row}>
      <select
        id={row.id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(row.id, row)}
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
