import type { ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';
import type { FieldProblem } from './task-form';

interface FormRowProps {
  id: string;
  label: string;
  problem: FieldProblem | undefined;
  children: ReactNode;
  wide?: boolean;
}

/** A labelled control with its error under it; the control refers to the error with `problemId(id)`. */
export function FormRow({ id, label, problem, children, wide = false }: FormRowProps) {
  return (
    <div className={wide ? 'create-task-row create-task-row-wide' : 'create-task-row'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <p id={problemId(id)} className="create-task-problem">
          <ProblemMessage problem={problem} />
        </p>
      )}
    </div>
  );
}

export const problemId = (id: string) => `${id}-problem`;

/** aria attributes tying a control to its error message. */
export function problemProps(id: string, problem: FieldProblem | undefined) {
  return problem ? { 'aria-invalid': true, 'aria-describedby': problemId(id) } : {};
}
