import {
  changeUrlState,
  syncUrlState,
  urlStateFrom,
  type UrlCodec,
  type UrlState,
} from '../board-live/url-state';
import { EMPTY_FILTERS, parseTableFilters, writeTableFilters, type TableFilters } from './table-filters';

/** The table's filters between the inputs and the URL (see board-live/url-state.ts). */
export const TABLE_FILTERS_CODEC: UrlCodec<TableFilters> = {
  read: parseTableFilters,
  write: writeTableFilters,
  empty: EMPTY_FILTERS,
};

export type FilterState = UrlState<TableFilters>;

export const filterStateFromUrl = (search: string): FilterState => urlStateFrom(TABLE_FILTERS_CODEC, search);

export const changeFilters = (state: FilterState, change: Partial<TableFilters>): FilterState =>
  changeUrlState(TABLE_FILTERS_CODEC, state, { ...state.value, ...change });

export const syncWithUrl = (state: FilterState, urlSearch: string): FilterState =>
  syncUrlState(TABLE_FILTERS_CODEC, state, urlSearch);
