import {
  EDITABLE_TASK_FIELDS,
  updateTaskSchema,
  type EditableTaskField,
  type FieldError,
  type TaskKind,
  type TaskStatus,
  type TaskView,
} from '@duban/contracts';
import type { TaskChanges } from '../tasks/conflict';

/** The task as the form holds it: plain strings where inputs want strings ('' means none). */
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
  /** Comma-separated, as typed. */
  labels: string;
  problem: string;
  source: string;
  measures: string;
  result: string;
  evidence: string;
  /** One link per line, as typed. */
  evidenceLinks: string;
}

export type EditableValues = Pick<TaskView, EditableTaskField>;

/** Why a field did not pass client-side validation; the component turns it into a sentence. */
export type ValidationProblem = 'required' | 'tooLong' | 'invalid';

/** Per field: a validation problem (translated) or an API message (shown as is). */
export type FieldErrors = Partial<Record<string, { problem: ValidationProblem } | { message: string }>>;

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
    labels: task.labels.join(', '),
    problem: task.problem,
    source: task.source,
    measures: task.measures,
    result: task.result,
    evidence: task.evidence,
    evidenceLinks: task.evidenceLinks.join('\n'),
  };
}

/** Labels typed as "a, b，c、d": trimmed, without empties or repeats. */
export function parseLabels(text: string): string[] {
  const labels = text
    .split(/[,，、;；]/)
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
  return [...new Set(labels)];
}

/** The form's values as task field values, ready to compare with a task or to send. */
export function editableValuesOf(values: TaskFormValues): EditableValues {
  return {
    title: values.title.trim(),
    description: values.description,
    kind: values.kind,
    status: values.status,
    leadDepartmentId: values.leadDepartmentId || null,
    cooperatingDepartmentIds: values.cooperatingDepartmentIds,
    responsibleLeaderId: values.responsibleLeaderId || null,
    assigneeIds: values.assigneeIds,
    deadline: values.deadline || null,
    progress: values.progress,
    labels: parseLabels(values.labels),
    problem: values.problem,
    source: values.source,
    measures: values.measures,
    result: values.result,
    evidence: values.evidence,
    evidenceLinks: parseLines(values.evidenceLinks),
  };
}

/** Links typed one per line: trimmed, without empties or repeats. */
export function parseLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
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

/** Client-side check with the API's own schema, so the user hears about mistakes before a round trip. */
export function validateChanges(changes: TaskChanges, version: number): FieldErrors {
  const result = updateTaskSchema.safeParse({ ...changes, version });
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= { problem: problemOf(issue.code) };
  }
  return errors;
}

/** The API names bad fields in `details`; show each message next to its field. */
export function fieldErrorsOf(details: readonly FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of details) {
    const field = detail.field.split('.')[0] || 'form';
    errors[field] ??= { message: detail.message };
  }
  return errors;
}

function problemOf(code: string): ValidationProblem {
  if (code === 'too_small') return 'required';
  if (code === 'too_big') return 'tooLong';
  return 'invalid';
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
