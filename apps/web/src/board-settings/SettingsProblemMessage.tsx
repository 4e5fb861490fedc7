import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../ui/ProblemMessage';
import type { SettingsProblem } from './settings-problems';

/** A settings problem in the user's language; the task form's own problems are worded as there. */
export function SettingsProblemMessage({ problem }: { problem: SettingsProblem }) {
  const { t } = useTranslation('boardSettings');
  switch (problem.code) {
    case 'outOfRange':
      return t('problem.outOfRange', { min: problem.min, max: problem.max });
    case 'forbidden':
      return t('problem.forbidden');
    default:
      return <ProblemMessage problem={problem} />;
  }
}

/** A setting's problem worded, for a `FormRow`; nothing while there is none. */
export const settingsProblemText = (problem: SettingsProblem | undefined) =>
  problem && <SettingsProblemMessage problem={problem} />;
