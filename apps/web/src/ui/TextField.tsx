import type { ChangeEvent } from 'react';
import { describedBy, FormRow, type FormRowProps } from './FormRow';

interface TextFieldProps extends Omit<FormRowProps, 'children'> {
  value: string;
  onChange: (value: string) => void;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
  type?: 'text' | 'date';
  required?: boolean;
}

/** A text (or date) input, or a text area, in a `FormRow`. */
export function TextField({ value, onChange, rows, type, required, ...row }: TextFieldProps) {
  const control = {
    id: row.id,
    value,
    required,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
    ...describedBy(row.id, row),
  };
  return (
    <FormRow {...row}>
      {rows ? <textarea rows={rows} {...control} /> : <input type={type} {...control} />}
    </FormRow>
  );
}
