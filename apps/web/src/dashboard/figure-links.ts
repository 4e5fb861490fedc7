import { NO_TASK_FILTERS, taskFiltersToQuery, type TaskFilters } from '@duban/contracts';

/** The figures a link can open: those the table's filters can show exactly (or, for "led", by department). */
export type LinkedFigure = 'led' | 'done' | 'inProgress' | 'inReview' | 'overdue' | 'tasks';

const FILTERS_OF: Record<LinkedFigure, Partial<TaskFilters>> = {
  tasks: {},
  led: {},
  done: { status: 'done' },
  inProgress: { status: 'in_progress' },
  inReview: { status: 'in_review' },
  overdue: { overdueOnly: true },
};

/**
 * The table view (`/boards/:boardId?view=table&…`) with the tasks behind a figure: the figure's status or
 * overdue filter, narrowed to the department when the figure is a department's (null: the totals).
 * Awaiting sign-off, due soon, returned, the rates and missing reports have no table filter: not linked.
 */
export function figureLink(boardId: string, figure: LinkedFigure, departmentId: string | null): string {
  const filters: TaskFilters = { ...NO_TASK_FILTERS, ...FILTERS_OF[figure], departmentId };
  const params = new URLSearchParams({ view: 'table', ...taskFiltersToQuery(filters) });
  return `/boards/${encodeURIComponent(boardId)}?${params.toString()}`;
}
