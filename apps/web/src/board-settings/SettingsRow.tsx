import type { ReactNode } from 'react';
import type { SettingsProblem } from './settings-problems';
import { SettingsProblemMessage } from './SettingsProblemMessage';

interface SettingsRowProps {
  id: string;
  label: string;
  /** What the setting does, under the control. */
  hint?: string;
  problem: SettingsProblem | undefined;
  wide?: boolean;
  children: ReactNode;
}

const problemId = (id: string) => `${id}-problem`;
const hintId = (id: string) => `${id}-hint`;

/** A labelled control with its help text and, after a failed save, its problem under it. */
export function SettingsRow({ id, label, hint, problem, wide = false, children }: SettingsRowProps) {
  return (
    <div className={wide ? 'board-settings-row board-settings-row-wide' : 'board-settings-row'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && (
        <p id={problemId(id)} className="board-settings-problem">
          <SettingsProblemMessage problem={problem} />
        </p>
      )}
      {hint && (
        <p id={hintId(id)} className="board-settings-hint muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** aria attributes tying a control to its problem (read first) and its help text. */
export function describedBy(id: string, { hint, problem }: Pick<SettingsRowProps, 'hint' | 'problem'>) {
  const ids = [problem && problemId(id), hint && hintId(id)].filter(Boolean).join(' ');
  return { 'aria-invalid': problem ? true : undefined, 'aria-describedby': ids || undefined };
}
