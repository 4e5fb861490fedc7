import { ApiError } from '../api/api-client';
import type { FieldProblem } from '../ui/ProblemMessage';
import { formFieldOf, type BoardSettingsField } from './board-settings-form';

/**
 * Why a field is not accepted: the task form's problems, plus a number outside the schema's bounds and a
 * refusal to let this user change the board at all.
 */
export type SettingsProblem =
  FieldProblem | { code: 'outOfRange'; min: number; max: number } | { code: 'forbidden' };

export type SettingsProblems = Partial<Record<BoardSettingsField | 'form', SettingsProblem>>;

/**
 * What a failed save says, where it belongs: the API's field errors (`details`) next to the fields they
 * name, a 403 as a refusal, anything else on the form as the server worded it.
 */
export function problemsFromError(error: Error): SettingsProblems {
  if (error instanceof ApiError && error.status === 403) return { form: { code: 'forbidden' } };
  const problems: SettingsProblems = {};
  const details = error instanceof ApiError ? error.details : [];
  for (const detail of details) {
    problems[formFieldOf(detail.field)] ??= { code: 'server', message: detail.message };
  }
  if (Object.keys(problems).length === 0) problems.form = { code: 'server', message: error.message };
  return problems;
}
