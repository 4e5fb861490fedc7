import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseHistoryFilters, writeHistoryFilters, type HistoryFilters } from './history-filters';

/** The board history's filters, read from and written to the URL so a link shares the filtered view. */
export function useHistoryFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseHistoryFilters(searchParams), [searchParams]);
  const setFilters = useCallback(
    (change: Partial<HistoryFilters>) =>
      // Replace, not push: narrowing the list step by step should not fill the back button's history.
      setSearchParams(
        (current) => writeHistoryFilters(current, { ...parseHistoryFilters(current), ...change }),
        { replace: true },
      ),
    [setSearchParams],
  );
  return { filters, setFilters };
}
