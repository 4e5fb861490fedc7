import { TASK_FILTER_PARAMS } from '@duban/contracts';
import type { UrlCodec } from './url-state';

/** The board's search, `?q=`: the same words filter the columns and the table. */
export const SEARCH_PARAM = TASK_FILTER_PARAMS.text;

export const BOARD_SEARCH_CODEC: UrlCodec<string> = {
  read: (params) => params.get(SEARCH_PARAM) ?? '',
  write: (params, text) => {
    const next = new URLSearchParams(params);
    if (text === '') next.delete(SEARCH_PARAM);
    else next.set(SEARCH_PARAM, text);
    return next;
  },
  empty: '',
};

/** The search itself is shared with the API (contracts task-filters.ts). */
export { matchesSearch } from '@duban/contracts';
