import type { FieldProblem } from '../ui/ProblemMessage';
import { createTaskSchema, type CreateTaskInput, type FieldError, type TaskKind } from '@duban/contracts';

/** What the create-task form holds: strings and lists as the inputs give them, '' meaning "not set". */
export interface TaskFormValues {
  title: string;
  description: string;
  kind: TaskKind;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  responsibleLeaderId: string;
  assigneeIds: string[];
  deadline: string;
  /** Comma-separated, as typed. */
  labels: string;
}

export type TaskFormField = keyof TaskFormValues;

export const EMPTY_TASK_FORM: TaskFormValues = {
  title: '',
  description: '',
  kind: 'task',
  leadDepartmentId: '',
  cooperatingDepartmentIds: [],
  responsibleLeaderId: '',
  assigneeIds: [],
  deadline: '',
  labels: '',
};

export type { FieldProblem };

export type FormProblems = Partial<Record<TaskFormField | 'form', FieldProblem>>;

const FORM_FIELDS = Object.keys(EMPTY_TASK_FORM) as TaskFormField[];

/** Labels split on commas (Latin or Chinese) and semicolons; blanks and repeats dropped. */
export function parseLabels(text: string): string[] {
  const labels = text.split(/[,，、;；\n]/).map((label) => label.trim());
  return [...new Set(labels.filter((label) => label !== ''))];
}

/** The request body: only what the user set, so the server's defaults apply to the rest. */
export function toCreateTaskInput(values: TaskFormValues): CreateTaskInput {
  const lead = values.leadDepartmentId || null;
  const input: CreateTaskInput = { title: values.title, kind: values.kind };
  if (values.description.trim() !== '') input.description = values.description;
  if (lead) input.leadDepartmentId = lead;
  // A department cannot cooperate on the task it leads.
  const cooperating = values.cooperatingDepartmentIds.filter((id) => id !== lead);
  if (cooperating.length > 0) input.cooperatingDepartmentIds = cooperating;
  if (values.responsibleLeaderId) input.responsibleLeaderId = values.responsibleLeaderId;
  if (values.assigneeIds.length > 0) input.assigneeIds = values.assigneeIds;
  if (values.deadline) input.deadline = values.deadline;
  const labels = parseLabels(values.labels);
  if (labels.length > 0) input.labels = labels;
  return input;
}

/** The form field an error path or API `details[].field` ("labels.0", "title") belongs to. */
export function formFieldOf(path: string): TaskFormField | 'form' {
  const head = path.split('.')[0];
  return FORM_FIELDS.find((field) => field === head) ?? 'form';
}

type Issue = NonNullable<ReturnType<typeof createTaskSchema.safeParse>['error']>['issues'][number];

function problemOf(issue: Issue): FieldProblem {
  const limit = 'maximum' in issue ? Number(issue.maximum) : 0;
  if (issue.code === 'too_small') return { code: 'required' };
  if (issue.code === 'too_big') return { code: issue.origin === 'array' ? 'tooMany' : 'tooLong', limit };
  if (issue.code === 'invalid_format' && issue.format === 'date') return { code: 'invalidDate' };
  return { code: 'invalid' };
}

export type TaskFormResult = { ok: true; input: CreateTaskInput } | { ok: false; problems: FormProblems };

/** Checks the form with the same schema the API uses; the first problem per field wins. */
export function validateTaskForm(values: TaskFormValues): TaskFormResult {
  const result = createTaskSchema.safeParse(toCreateTaskInput(values));
  if (result.success) return { ok: true, input: result.data };
  const problems: FormProblems = {};
  for (const issue of result.error.issues) {
    const field = formFieldOf(issue.path.map(String).join('.'));
    problems[field] ??= problemOf(issue);
  }
  return { ok: false, problems };
}

/** The API's own field errors (`details`), shown next to the fields they name. */
export function problemsFromApi(details: readonly FieldError[]): FormProblems {
  const problems: FormProblems = {};
  for (const detail of details) {
    problems[formFieldOf(detail.field)] ??= { code: 'server', message: detail.message };
  }
  return problems;
}
