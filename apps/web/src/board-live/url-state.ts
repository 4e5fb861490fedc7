/**
 * Values an input shows and the URL keeps (the table's filters, the board's search). The router applies URL
 * changes in a transition, so inputs controlled by the URL alone would lag a keystroke behind (and lose
 * characters): the value lives here first and the URL follows.
 */
export interface UrlCodec<T> {
  /** Reads the value; unknown or malformed parameters count as "none". */
  read: (params: URLSearchParams) => T;
  /** A copy of `params` with the value written in; other parameters stay as they are. */
  write: (params: URLSearchParams, value: T) => URLSearchParams;
  /** The value that writes none of its parameters. */
  empty: T;
}

export interface UrlState<T> {
  value: T;
  /** The query string the value was read from or written to. */
  search: string;
  /** A query string this state wrote that the router may not have applied yet. */
  pending: string | null;
}

export function urlStateFrom<T>(codec: UrlCodec<T>, search: string): UrlState<T> {
  return { value: codec.read(new URLSearchParams(search)), search, pending: null };
}

/** The state after a change: the value now, and the query string to navigate to. */
export function changeUrlState<T>(codec: UrlCodec<T>, state: UrlState<T>, value: T): UrlState<T> {
  const search = codec.write(new URLSearchParams(state.search), value).toString();
  return { value, search, pending: search };
}

/**
 * Reconciles with the URL the router shows now: our own navigation catching up changes nothing; any other
 * change (a link, back/forward, another control's parameter) is read from the URL.
 */
export function syncUrlState<T>(codec: UrlCodec<T>, state: UrlState<T>, urlSearch: string): UrlState<T> {
  if (urlSearch === state.search) return state.pending === null ? state : { ...state, pending: null };
  if (state.pending !== null && urlSearch !== state.pending) {
    // Still the URL from before our change: wait for the router, unless it was something else entirely.
    const strip = (search: string) => codec.write(new URLSearchParams(search), codec.empty).toString();
    if (strip(urlSearch) === strip(state.pending)) return state;
  }
  return urlStateFrom(codec, urlSearch);
}
