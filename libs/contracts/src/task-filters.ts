import { z } from 'zod';
import type { CalendarDate } from './calendar';
import {
  TASK_KINDS,
  TASK_STATUSES,
  taskKindSchema,
  taskStatusSchema,
  uuidSchema,
  type TaskKind,
  type TaskStatus,
} from './common';
import { taskLight } from './lights';
import type { TaskView } from './tasks';

/**
 * The table view's filters, one definition for the browser (the table, its URL) and the API (stats and
 * exports take them as query parameters with the same names), so a link and a download show the same rows.
 */
export interface TaskFilters {
  /** A department that leads or cooperates on the task. */
  departmentId: string | null;
  status: TaskStatus | null;
  kind: TaskKind | null;
  assigneeId: string | null;
  /** Past the deadline and not done (the red light). */
  overdueOnly: boolean;
  /** The board's search: title, description, departments' and people's names. */
  text: string;
}

export const NO_TASK_FILTERS: TaskFilters = {
  departmentId: null,
  status: null,
  kind: null,
  assigneeId: null,
  overdueOnly: false,
  text: '',
};

/** The query parameter of each filter, in the table's URL and in the API's query strings. */
export const TASK_FILTER_PARAMS = {
  departmentId: 'dept',
  status: 'status',
  kind: 'kind',
  assigneeId: 'assignee',
  overdueOnly: 'overdue',
  text: 'q',
} as const satisfies Record<keyof TaskFilters, string>;

export const MAX_SEARCH_LENGTH = 200;

/** The filters as an API query (`?dept=…&status=in_progress&overdue=1&q=…`); a bad value is a 400 naming it. */
export const taskFiltersQuerySchema = z.strictObject({
  dept: uuidSchema.optional(),
  status: taskStatusSchema.optional(),
  kind: taskKindSchema.optional(),
  assignee: uuidSchema.optional(),
  overdue: z.enum(['0', '1']).optional(),
  q: z.string().max(MAX_SEARCH_LENGTH).optional(),
});
export type TaskFiltersQuery = z.infer<typeof taskFiltersQuerySchema>;

export function taskFiltersFromQuery(query: TaskFiltersQuery): TaskFilters {
  return {
    departmentId: query.dept ?? null,
    status: query.status ?? null,
    kind: query.kind ?? null,
    assigneeId: query.assignee ?? null,
    overdueOnly: query.overdue === '1',
    text: query.q?.trim() ?? '',
  };
}

/** The query parameters of the filters that narrow anything (for links and downloads). */
export function taskFiltersToQuery(filters: TaskFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.departmentId !== null) query[TASK_FILTER_PARAMS.departmentId] = filters.departmentId;
  if (filters.status !== null) query[TASK_FILTER_PARAMS.status] = filters.status;
  if (filters.kind !== null) query[TASK_FILTER_PARAMS.kind] = filters.kind;
  if (filters.assigneeId !== null) query[TASK_FILTER_PARAMS.assigneeId] = filters.assigneeId;
  if (filters.overdueOnly) query[TASK_FILTER_PARAMS.overdueOnly] = '1';
  if (filters.text.trim() !== '') query[TASK_FILTER_PARAMS.text] = filters.text.trim();
  return query;
}

/** Reads the filters from a URL's parameters; unknown or malformed values count as "no filter". */
/** What the filters read from a URL's parameters (URLSearchParams in the browser). */
export interface QueryParams {
  get(name: string): string | null;
}

export function parseTaskFilters(params: QueryParams): TaskFilters {
  const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
    values.find((candidate) => candidate === value) ?? null;
  const nonEmpty = (value: string | null): string | null => (value && value.trim() ? value.trim() : null);
  return {
    departmentId: nonEmpty(params.get(TASK_FILTER_PARAMS.departmentId)),
    status: oneOf(TASK_STATUSES, params.get(TASK_FILTER_PARAMS.status)),
    kind: oneOf(TASK_KINDS, params.get(TASK_FILTER_PARAMS.kind)),
    assigneeId: nonEmpty(params.get(TASK_FILTER_PARAMS.assigneeId)),
    overdueOnly: params.get(TASK_FILTER_PARAMS.overdueOnly) === '1',
    text: params.get(TASK_FILTER_PARAMS.text) ?? '',
  };
}

/** How the search names departments and people ('' for none or unknown). */
export interface TaskNames {
  departmentName(id: string | null): string;
  userName(id: string | null): string;
}

/**
 * Does the task match the search? Any case, anywhere in its title, description, lead or cooperating
 * departments' names, responsible leader's or assignees' names. Blank matches everything.
 */
export function matchesSearch(task: TaskView, text: string, names: TaskNames): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return true;
  const haystack = [
    task.title,
    task.description,
    names.departmentName(task.leadDepartmentId),
    ...task.cooperatingDepartmentIds.map((id) => names.departmentName(id)),
    names.userName(task.responsibleLeaderId),
    ...task.assigneeIds.map((id) => names.userName(id)),
  ];
  return haystack.some((value) => value.toLocaleLowerCase().includes(needle));
}

/** Does the task concern the department, as lead or as a cooperating department? */
export function involvesDepartment(task: TaskView, departmentId: string): boolean {
  return task.leadDepartmentId === departmentId || task.cooperatingDepartmentIds.includes(departmentId);
}

/** Overdue as the board counts it: not done and past the deadline (the red light). */
export function isOverdue(task: TaskView, today: CalendarDate): boolean {
  return taskLight(task, today) === 'red';
}

export function matchesTaskFilters(
  task: TaskView,
  filters: TaskFilters,
  today: CalendarDate,
  names: TaskNames,
): boolean {
  if (filters.status !== null && task.status !== filters.status) return false;
  if (filters.kind !== null && task.kind !== filters.kind) return false;
  if (filters.departmentId !== null && !involvesDepartment(task, filters.departmentId)) return false;
  if (filters.assigneeId !== null && !task.assigneeIds.includes(filters.assigneeId)) return false;
  if (filters.overdueOnly && !isOverdue(task, today)) return false;
  return matchesSearch(task, filters.text, names);
}
