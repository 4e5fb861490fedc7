import { useUrlState } from '../board-live/useUrlState';
import { TABLE_FILTERS_CODEC } from './filter-state';
import type { TableFilters } from './table-filters';

/** The table's filters and sort: shown at once, kept in the URL so a link reproduces the view. */
export function useTableFilters() {
  const [filters, setValue] = useUrlState(TABLE_FILTERS_CODEC);
  const setFilters = (change: Partial<TableFilters>) => setValue({ ...filters, ...change });
  return { filters, setFilters };
}
