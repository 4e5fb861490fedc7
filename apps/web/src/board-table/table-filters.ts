import { NO_TASK_FILTERS, parseTaskFilters, TASK_FILTER_PARAMS, type TaskFilters } from '@duban/contracts';

/**
 * The table's filters and sort live in the URL (`?view=table&status=in_progress&overdue=1&sort=deadline.asc`),
 * so a link reproduces the view. This module is the only place that knows the parameter names (the search,
 * `q`, is the board's own: board-live/board-search.ts).
 */

export const TABLE_COLUMNS = [
  'title',
  'kind',
  'status',
  'leadDepartment',
  'cooperatingDepartments',
  'responsibleLeader',
  'assignees',
  'deadline',
  'progress',
  'comments',
  'updated',
] as const;
export type TableColumnId = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  column: TableColumnId;
  descending: boolean;
}

/** The shared task filters (contracts task-filters.ts, which the API's stats and exports take too) and a sort. */
export interface TableFilters extends TaskFilters {
  sort: TableSort | null;
}

export const EMPTY_FILTERS: TableFilters = { ...NO_TASK_FILTERS, sort: null };

const PARAM = { ...TASK_FILTER_PARAMS, sort: 'sort' } as const satisfies Record<keyof TableFilters, string>;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

export function parseSort(value: string | null): TableSort | null {
  if (!value) return null;
  const [columnName, direction] = value.split('.');
  const column = oneOf(TABLE_COLUMNS, columnName ?? null);
  if (!column || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column, descending: direction === 'desc' };
}

export function formatSort(sort: TableSort): string {
  return `${sort.column}.${sort.descending ? 'desc' : 'asc'}`;
}

/** Reads the filters from the query string; unknown or malformed values count as "no filter". */
export function parseTableFilters(params: URLSearchParams): TableFilters {
  return { ...parseTaskFilters(params), sort: parseSort(params.get(PARAM.sort)) };
}

/** A copy of `params` with the filters written in; other parameters (view, lanes…) stay as they are. */
export function writeTableFilters(params: URLSearchParams, filters: TableFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof TableFilters, string | null> = {
    departmentId: filters.departmentId,
    status: filters.status,
    kind: filters.kind,
    assigneeId: filters.assigneeId,
    overdueOnly: filters.overdueOnly ? '1' : null,
    text: filters.text === '' ? null : filters.text,
    sort: filters.sort ? formatSort(filters.sort) : null,
  };
  for (const key of Object.keys(PARAM) as (keyof TableFilters)[]) {
    const value = values[key];
    if (value === null) next.delete(PARAM[key]);
    else next.set(PARAM[key], value);
  }
  return next;
}

/** True when any filter (not the sort) narrows the rows. */
export function hasActiveFilters(filters: TableFilters): boolean {
  return (
    filters.departmentId !== null ||
    filters.status !== null ||
    filters.kind !== null ||
    filters.assigneeId !== null ||
    filters.overdueOnly ||
    filters.text.trim() !== ''
  );
}
