import type { FieldError } from '@duban/contracts';
import {
  problemOfIssue,
  type FieldProblem,
  type FormProblems,
  type SchemaIssue,
} from '../ui/form/field-problem';
import { importFieldOf } from './review-drafts';
import type { DraftProblems } from './review-state';

/** What is wrong with an import: per draft (by key), and on the page's own fields. */
export interface ImportProblems {
  drafts: Record<string, DraftProblems>;
  page: FormProblems<'text' | 'title'>;
}

/**
 * Problems on the fields that paths of the import request name ("drafts.3.leadDepartmentId" → the fourth
 * draft sent, by its key, its lead department); the first problem per field wins.
 */
function problemsAt(
  entries: readonly { path: string; problem: FieldProblem }[],
  sentKeys: readonly string[],
): ImportProblems {
  const result: ImportProblems = { drafts: {}, page: {} };
  for (const { path, problem } of entries) {
    const named = importFieldOf(path);
    const key = named.draft === null ? undefined : sentKeys[named.draft];
    if (named.draft !== null && key !== undefined) {
      const own = (result.drafts[key] ??= {});
      own[named.field] ??= problem;
    } else {
      const field = named.draft === null ? named.field : 'form';
      result.page[field] ??= problem;
    }
  }
  return result;
}

/** The issues the contracts' import schema finds before anything is sent. */
export function problemsOfIssues(issues: readonly SchemaIssue[], sentKeys: readonly string[]) {
  return problemsAt(
    issues.map((issue) => ({ path: issue.path.map(String).join('.'), problem: problemOfIssue(issue) })),
    sentKeys,
  );
}

/** The API's refusal (`details[].field`), in the server's words, next to the draft and field it names. */
export function problemsOfDetails(
  details: readonly FieldError[],
  message: string,
  sentKeys: readonly string[],
): ImportProblems {
  const problems = problemsAt(
    details.map((detail) => ({
      path: detail.field,
      problem: { code: 'server', message: detail.message } as const,
    })),
    sentKeys,
  );
  if (details.length === 0) problems.page.form = { code: 'server', message };
  return problems;
}

export const hasProblems = (problems: ImportProblems) =>
  Object.keys(problems.page).length > 0 ||
  Object.values(problems.drafts).some((own) => Object.keys(own).length > 0);
