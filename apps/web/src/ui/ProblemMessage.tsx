import { useTranslation } from 'react-i18next';

/** Why a field is not accepted: a rule the form knows (localized by the UI) or the server's own words. */
export type FieldProblem =
  | { code: 'required' | 'invalidDate' | 'invalid' }
  | { code: 'tooLong' | 'tooMany'; limit: number }
  | { code: 'server'; message: string };

/** A field problem in the user's language; the server's own messages are shown as they come. */
export function ProblemMessage({ problem }: { problem: FieldProblem }) {
  const { t } = useTranslation('table');
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
    case 'server':
      return problem.message;
  }
}

/** A field's problem worded, for a `FormRow`; nothing while there is none. */
export const problemText = (problem: FieldProblem | undefined) =>
  problem && <ProblemMessage problem={problem} />;
