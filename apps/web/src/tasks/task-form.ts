import {
  createTaskSchema,
  daysBetween,
  EDITABLE_TASK_FIELDS,
  FIRST_DEADLINE,
  LAST_DEADLINE,
  today,
  updateTaskSchema,
  type CreateTaskInput,
  type EditableTaskField,
  type TaskKind,
  type TaskStatus,
  type TaskView,
} from '@duban/contracts';
import {
  checkWithSchema,
  fieldOfPath,
  maxLengthOf,
  problemOfIssue,
  type FieldProblem,
  type FormProblems,
  type SchemaCheck,
  type SchemaIssue,
} from '../ui/form/field-problem';
import type { TaskChanges } from './conflict';

/**
 * A task as both task forms hold it (the create dialog, the task panel): plain strings where inputs want
 * strings, '' meaning "not set".
 */
export interface TaskFormValues {
  title: string;
  description: string;
  kind: TaskKind;
  status: TaskStatus;
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  responsibleLeaderId: string;
  assigneeIds: string[];
  deadline: string;
  progress: number;
  /** As typed: see `parseLabels`. */
  labels: string;
  problem: string;
  source: string;
  measures: string;
  result: string;
  evidence: string;
  /** One link per line, as typed. */
  evidenceLinks: string;
}

export type TaskFormField = keyof TaskFormValues;

/** What a new task asks for; the rest (status, progress, the rectification's fields) starts as the API sets. */
export type NewTaskValues = Pick<
  TaskFormValues,
  | 'title'
  | 'description'
  | 'kind'
  | 'leadDepartmentId'
  | 'cooperatingDepartmentIds'
  | 'responsibleLeaderId'
  | 'assigneeIds'
  | 'deadline'
  | 'labels'
>;

export const EMPTY_NEW_TASK: NewTaskValues = {
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

export type TaskFormProblems = FormProblems<TaskFormField>;

/** The task form field an error path or API `details[].field` ("labels.0", "title") names. */
export const taskFieldOf = fieldOfPath<TaskFormField>(EDITABLE_TASK_FIELDS);

/** The first and last deadline the contracts accept: the date input's bounds. */
export const DEADLINE_RANGE = { min: FIRST_DEADLINE, max: LAST_DEADLINE };

/** A real date outside the deadline range is worded with the range; everything else as the kit words it. */
function taskProblemOf(issue: SchemaIssue, field: TaskFormField | 'form'): FieldProblem {
  if (field === 'deadline' && issue.code === 'custom') return { code: 'dateOutOfRange', ...DEADLINE_RANGE };
  return problemOfIssue(issue);
}

/**
 * Whether a deadline the user sets lies before today (where the browser is): a slip of the date picker
 * more often than a plan, so the forms ask before saving it.
 */
export function isPastDeadline(deadline: string | null | undefined, now: Date): boolean {
  if (!deadline) return false;
  return daysBetween(today(now), deadline) < 0;
}

/** The longest text the contracts allow in a task's text field: the inputs' `maxLength`. */
export const taskMaxLength = (field: EditableTaskField) => maxLengthOf(updateTaskSchema.shape[field]);

/**
 * Labels as typed: split on commas (Latin "," or Chinese "，" "、"), semicolons (";" "；") and line breaks
 * (a pasted list); trimmed, blanks and repeats dropped.
 */
export function parseLabels(text: string): string[] {
  const labels = text.split(/[,，、;；\r\n]/).map((label) => label.trim());
  return [...new Set(labels.filter((label) => label !== ''))];
}

/** Labels as the form shows them, for `parseLabels` to read back. */
export const formatLabels = (labels: readonly string[]) => labels.join(', ');

/** Links typed one per line: trimmed, without empties or repeats. */
export function parseLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return [...new Set(lines.filter(Boolean))];
}

export function formValuesOf(task: TaskView): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    kind: task.kind,
    status: task.status,
    leadDepartmentId: task.leadDepartmentId ?? '',
    cooperatingDepartmentIds: task.cooperatingDepartmentIds,
    responsibleLeaderId: task.responsibleLeaderId ?? '',
    assigneeIds: task.assigneeIds,
    deadline: task.deadline ?? '',
    progress: task.progress,
    labels: formatLabels(task.labels),
    problem: task.problem,
    source: task.source,
    measures: task.measures,
    result: task.result,
    evidence: task.evidence,
    evidenceLinks: task.evidenceLinks.join('\n'),
  };
}

/** The create request: only what the user set, so the server's defaults apply to the rest. */
export function toCreateTaskInput(values: NewTaskValues): CreateTaskInput {
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

/** Checks a new task with the schema the API uses, and gives back the request (trimmed as the API trims). */
export function checkNewTask(values: NewTaskValues): SchemaCheck<CreateTaskInput, keyof NewTaskValues> {
  return checkWithSchema(createTaskSchema, values, toCreateTaskInput, taskFieldOf, taskProblemOf);
}

export type EditableValues = Pick<TaskView, EditableTaskField>;

/** The form's values as task field values, ready to compare with a task or to send. */
export function editableValuesOf(values: TaskFormValues): EditableValues {
  return {
    ...values,
    title: values.title.trim(),
    leadDepartmentId: values.leadDepartmentId || null,
    responsibleLeaderId: values.responsibleLeaderId || null,
    deadline: values.deadline || null,
    labels: parseLabels(values.labels),
    evidenceLinks: parseLines(values.evidenceLinks),
  };
}

/** Only the fields the user changed relative to `base`: a save sends nothing else. */
export function formChanges(base: TaskView, values: TaskFormValues): TaskChanges {
  const next = editableValuesOf(values);
  const changes: TaskChanges = {};
  for (const field of EDITABLE_TASK_FIELDS) {
    if (!sameFieldValue(field, base[field], next[field])) copyField(changes, next, field);
  }
  return changes;
}

/** The fields the user has touched, as typed; everything else shows the live task. */
export type TouchedValues = Partial<TaskFormValues>;

/** The user's edit relative to `base`: touched fields that differ from it. */
export function touchedChanges(base: TaskView, touched: TouchedValues): TaskChanges {
  return formChanges(base, { ...formValuesOf(base), ...touched });
}

/** After a save (or a live update) to `task`: the touched fields that still differ from it. */
export function stillTouched(task: TaskView, touched: TouchedValues): TouchedValues {
  const differing = touchedChanges(task, touched);
  return Object.fromEntries(Object.entries(touched).filter(([field]) => field in differing));
}

export function hasChanges(changes: TaskChanges): boolean {
  return Object.keys(changes).length > 0;
}

/** Checks an edit with the API's own schema, so the user hears about mistakes before a round trip. */
export function checkChanges(changes: TaskChanges, version: number): TaskFormProblems {
  const toInput = (edit: TaskChanges) => ({ ...edit, version });
  const result = checkWithSchema(updateTaskSchema, changes, toInput, taskFieldOf, taskProblemOf);
  return result.ok ? {} : result.problems;
}

// Id sets: ticking boxes in another order is not a change.
const SET_FIELDS: readonly EditableTaskField[] = ['cooperatingDepartmentIds', 'assigneeIds'];

function sameFieldValue(field: EditableTaskField, a: unknown, b: unknown): boolean {
  if (!SET_FIELDS.includes(field)) return JSON.stringify(a) === JSON.stringify(b);
  const sorted = (value: unknown) => JSON.stringify([...(value as string[])].sort());
  return sorted(a) === sorted(b);
}

function copyField<K extends EditableTaskField>(target: TaskChanges, source: EditableValues, field: K): void {
  target[field] = source[field];
}
