import type { ReactNode } from 'react';
import './form.css';

export interface FormRowProps {
  id: string;
  label: ReactNode;
  /** What the field is for, under the control. */
  hint?: string;
  /** What is wrong with the value, worded; nothing while it is fine. */
  problem?: ReactNode;
  /** Spans both columns of a dialog's field grid. */
  wide?: boolean;
  /** The row's own class, where the form lays rows out its own way (the task panel). */
  className?: string;
  children: ReactNode;
}

const problemId = (id: string) => `${id}-problem`;
const hintId = (id: string) => `${id}-hint`;

/**
 * A labelled control with its problem (after a refused submit or save) and its help text under it. The
 * control refers to both with `describedBy`.
 */
export function FormRow({ id, label, hint, problem, wide = false, className, children }: FormRowProps) {
  return (
    <div className={className ?? (wide ? 'form-row form-row-wide' : 'form-row')}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <p id={problemId(id)} className="form-problem">
          {problem}
        </p>
      )}
      {hint && (
        <p id={hintId(id)} className="form-hint muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * aria attributes tying the control of a `FormRow` to its problem (read first) and its help text. Any
 * `problem` but none (undefined, null, false) marks the control invalid.
 */
export function describedBy(id: string, { hint, problem }: { hint?: string; problem?: unknown }) {
  const ids = [problem ? problemId(id) : '', hint ? hintId(id) : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': problem ? true : undefined, 'aria-describedby': ids || undefined };
}
