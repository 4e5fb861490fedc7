import { EMPTY_FILTERS, parseTableFilters, writeTableFilters, type TableFilters } from './table-filters';

/**
 * The filters as the inputs show them. The router applies URL changes in a transition, so inputs controlled
 * by the URL alone would lag a keystroke behind (and lose characters); the filters live here first and the
 * URL follows.
 */
export interface FilterState {
  filters: TableFilters;
  /** The query string these filters were read from or written to. */
  search: string;
  /** A query string this state wrote that the router may not have applied yet. */
  pending: string | null;
}

export function filterStateFromUrl(search: string): FilterState {
  return { filters: parseTableFilters(new URLSearchParams(search)), search, pending: null };
}

/** The state after a change: the filters now, and the query string to navigate to. */
export function changeFilters(state: FilterState, change: Partial<TableFilters>): FilterState {
  const filters = { ...state.filters, ...change };
  const search = writeTableFilters(new URLSearchParams(state.search), filters).toString();
  return { filters, search, pending: search };
}

/**
 * Reconciles with the URL the router shows now: our own navigation catching up changes nothing; any other
 * change (a link, back/forward, another control's parameter) is read from the URL.
 */
export function syncWithUrl(state: FilterState, urlSearch: string): FilterState {
  if (urlSearch === state.search) return state.pending === null ? state : { ...state, pending: null };
  if (state.pending !== null && urlSearch !== state.pending) {
    // Still the URL from before our change: wait for the router, unless it was something else entirely.
    const before = new URLSearchParams(urlSearch);
    const ours = new URLSearchParams(state.pending);
    if (sameExceptFilters(before, ours)) return state;
  }
  return filterStateFromUrl(urlSearch);
}

function sameExceptFilters(a: URLSearchParams, b: URLSearchParams): boolean {
  const strip = (params: URLSearchParams) => writeTableFilters(params, EMPTY_FILTERS).toString();
  return strip(a) === strip(b);
}
