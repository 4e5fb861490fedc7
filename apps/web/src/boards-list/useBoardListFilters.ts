import type { BoardArchiveFilter } from '@duban/contracts';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** How long typing pauses before the search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface BoardListFilters {
  /** Title search as sent to the server (`?q=`), trimmed; '' for none. */
  q: string;
  /** Archived boards shown too (`?archived=include`). */
  showArchived: boolean;
}

/**
 * The list's filters, kept in the URL (`?q=`, `?archived=include`) so a search can be shared and survives a
 * reload. The search box's text changes at once; the URL, and so the request, after a pause in typing.
 */
export function useBoardListFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: BoardListFilters = {
    q: (searchParams.get('q') ?? '').trim(),
    showArchived: searchParams.get('archived') === 'include',
  };
  const [searchText, setSearchText] = useState(filters.q);

  useEffect(() => {
    const wanted = searchText.trim();
    if (wanted === filters.q) return undefined;
    const timer = setTimeout(() => {
      setSearchParams(
        (params) => {
          const next = new URLSearchParams(params);
          if (wanted) next.set('q', wanted);
          else next.delete('q');
          return next;
        },
        { replace: true },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, filters.q, setSearchParams]);

  const setShowArchived = (show: boolean) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (show) next.set('archived', 'include');
      else next.delete('archived');
      return next;
    });

  return { filters, searchText, setSearchText, setShowArchived };
}

/** What `GET /api/boards` is asked for these filters. */
export function listQueryOf(filters: BoardListFilters): { q?: string; archived: BoardArchiveFilter } {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    archived: filters.showArchived ? 'include' : 'exclude',
  };
}
