import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './field-problem';

/** A field problem in the user's language; the server's own messages are shown as they come. */
export function ProblemMessage({ problem }: { problem: FieldProblem }) {
  const { t } = useTranslation(['table', 'boardSettings', 'task']);
  switch (problem.code) {
    case 'required':
      return t('create.problem.required');
    case 'invalidDate':
      return t('create.problem.invalidDate');
    case 'invalid':
      return t('create.problem.invalid');
    case 'tooLong':
      return t('create.problem.tooLong', { limit: problem.limit });
    case 'tooMany':
      return t('create.problem.tooMany', { limit: problem.limit });
    case 'outOfRange':
      return t('boardSettings:problem.outOfRange', { min: problem.min, max: problem.max });
    case 'dateOutOfRange':
      return t('task:dateOutOfRange', { min: problem.min, max: problem.max });
    case 'server':
      return problem.message;
  }
}

/** A field's problem worded, for a `FormRow`; nothing while there is none. */
export const problemText = (problem: FieldProblem | undefined) =>
  problem && <ProblemMessage problem={problem} />;
