import type { createTaskSchema, FieldError } from '@duban/contracts';

/** Why a field is not accepted: a rule the form knows (worded by `ProblemMessage`) or the server's own words. */
export type FieldProblem =
  | { code: 'required' | 'invalidDate' | 'invalid' }
  | { code: 'tooLong' | 'tooMany'; limit: number }
  | { code: 'outOfRange'; min: number; max: number }
  /** A date outside the range the contracts accept ("YYYY-MM-DD" bounds). */
  | { code: 'dateOutOfRange'; min: string; max: string }
  | { code: 'server'; message: string };

/** What is wrong with a form: at most one problem per field, and one for the form as a whole. */
export type FormProblems<Field extends string> = Partial<Record<Field | 'form', FieldProblem>>;

/** The form field a schema path or an API `details[].field` names; 'form' when it names none. */
export type FieldOfPath<Field extends string> = (path: string) => Field | 'form';

/** An issue a contracts (zod) schema finds. */
export type SchemaIssue = NonNullable<
  ReturnType<typeof createTaskSchema.safeParse>['error']
>['issues'][number];

/** A contracts schema, as far as the form kit needs it. */
export interface ContractSchema<Input> {
  safeParse(
    data: unknown,
  ): { success: true; data: Input } | { success: false; error: { issues: SchemaIssue[] } };
}

/** A contracts field schema, as far as its length limit goes (zod's `def` and `maxLength`). */
interface FieldSchema {
  def: { type: string; innerType?: unknown };
  maxLength?: number | null;
}

/**
 * Which of `fields` a path names: its head ("labels.0" → labels), or the segment after a group the form
 * flattens ("settings.reportDay" → reportDay when `groups` has "settings").
 */
export function fieldOfPath<Field extends string>(
  fields: readonly Field[],
  groups: readonly string[] = [],
): FieldOfPath<Field> {
  return (path) => {
    const [head = '', next = ''] = path.split('.');
    const name = groups.includes(head) ? next : head;
    return fields.find((field) => field === name) ?? 'form';
  };
}

/** The one mapping from a contracts schema issue to what the user is told. */
export function problemOfIssue(issue: SchemaIssue): FieldProblem {
  switch (issue.code) {
    case 'too_small':
      return { code: 'required' };
    case 'too_big':
      return { code: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit: Number(issue.maximum) };
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'invalidDate' : 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** A number out of its schema bounds, whatever the issue (too small or big, a fraction, not a number). */
export function numberProblem(text: string, range: { min: number; max: number }): FieldProblem {
  return text.trim() === '' ? { code: 'required' } : { code: 'outOfRange', ...range };
}

/** Problems for a schema's issues, on the fields they name; the first problem per field wins. */
export function problemsOfIssues<Field extends string>(
  issues: readonly SchemaIssue[],
  fieldOf: FieldOfPath<Field>,
  problemOf: (issue: SchemaIssue, field: Field | 'form') => FieldProblem = problemOfIssue,
): FormProblems<Field> {
  const problems: FormProblems<Field> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    problems[field] ??= problemOf(issue, field);
  }
  return problems;
}

/** The API's own field errors (`ApiError.details`), next to the fields they name. */
export function problemsFromApi<Field extends string>(
  details: readonly FieldError[],
  fieldOf: FieldOfPath<Field>,
): FormProblems<Field> {
  const problems: FormProblems<Field> = {};
  for (const detail of details) {
    problems[fieldOf(detail.field)] ??= { code: 'server', message: detail.message };
  }
  return problems;
}

/**
 * What a failed request says, where it belongs: the field errors an `ApiError` carries (`details`) on their
 * fields, anything else on the form.
 */
export function problemsFromError<Field extends string>(
  error: Error & { details?: readonly FieldError[] },
  fieldOf: FieldOfPath<Field>,
): FormProblems<Field> {
  const problems = problemsFromApi(error.details ?? [], fieldOf);
  if (Object.keys(problems).length === 0) problems.form = { code: 'server', message: error.message };
  return problems;
}

/** A checked form: the request the schema accepted, or what is wrong with it. */
export type SchemaCheck<Input, Field extends string> =
  { ok: true; input: Input } | { ok: false; problems: FormProblems<Field> };

/**
 * Checks a form with the contracts schema the API uses: `toInput` turns the form's values into the request,
 * the schema parses it, and its issues become problems on the form's fields.
 */
export function checkWithSchema<Values, Input, Field extends string>(
  schema: ContractSchema<Input>,
  values: Values,
  toInput: (values: Values) => unknown,
  fieldOf: FieldOfPath<Field>,
  problemOf?: (issue: SchemaIssue, field: Field | 'form') => FieldProblem,
): SchemaCheck<Input, Field> {
  const result = schema.safeParse(toInput(values));
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, problems: problemsOfIssues(result.error.issues, fieldOf, problemOf) };
}

/** The length limit a contracts string schema sets (through optional, nullable, default); an input's `maxLength`. */
export function maxLengthOf(schema: FieldSchema): number | undefined {
  const { type, innerType } = schema.def;
  if (type === 'optional' || type === 'nullable' || type === 'default') {
    return maxLengthOf(innerType as FieldSchema);
  }
  return type === 'string' ? (schema.maxLength ?? undefined) : undefined;
}
