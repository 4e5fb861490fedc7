import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { changeFilters, filterStateFromUrl, syncWithUrl } from './filter-state';
import type { TableFilters } from './table-filters';

/** The table's filters and sort: shown at once, kept in the URL so a link reproduces the view. */
export function useTableFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlSearch = searchParams.toString();
  const [state, setState] = useState(() => filterStateFromUrl(urlSearch));
  const synced = syncWithUrl(state, urlSearch);
  // Adjusting state while rendering (not in an effect) so no frame shows filters the URL has dropped.
  if (synced !== state) setState(synced);

  const setFilters = (change: Partial<TableFilters>) => {
    const next = changeFilters(synced, change);
    setState(next);
    // Replace, not push: typing a search or ticking a box should not fill the back button's history.
    setSearchParams(new URLSearchParams(next.search), { replace: true });
  };

  return { filters: synced.filters, setFilters };
}
