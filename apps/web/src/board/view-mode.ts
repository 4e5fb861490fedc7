/** `?view=`: the board as columns (no parameter), as a table, or as its history of changes. */
export const BOARD_VIEW_MODES = ['board', 'table', 'history'] as const;
export type BoardViewMode = (typeof BOARD_VIEW_MODES)[number];

export function viewModeOf(params: URLSearchParams): BoardViewMode {
  return BOARD_VIEW_MODES.find((known) => known === params.get('view')) ?? 'board';
}
