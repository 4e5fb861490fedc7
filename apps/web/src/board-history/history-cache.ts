import type { BoardEvent, BoardHistoryPage } from '@duban/contracts';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queries';
import { matchesHistoryFilters, type HistoryFilters } from './history-filters';

export type HistoryPages = InfiniteData<BoardHistoryPage, number | null>;

/**
 * The loaded pages with an event that just arrived on top, when it matches the filters and is newer
 * than everything shown. `null` when the pages cannot take it in place (it is older than the newest
 * shown, as after a reconnect): then the history must be fetched again.
 */
export function withLiveEvent(
  pages: HistoryPages,
  event: BoardEvent,
  filters: HistoryFilters,
): HistoryPages | null {
  if (!matchesHistoryFilters(event, filters)) return pages;
  if (pages.pages.some((page) => page.events.some((known) => known.seq === event.seq))) return pages;
  const [first, ...rest] = pages.pages;
  if (!first) return null;
  const newest = first.events[0];
  if (newest && newest.seq > event.seq) return null;
  return { ...pages, pages: [{ ...first, events: [event, ...first.events] }, ...rest] };
}

/**
 * Every open history of the board (one per set of filters) gets an event the socket brought: on top
 * where it matches, without a reload.
 */
export function addToBoardHistories(queryClient: QueryClient, event: BoardEvent): void {
  const cached = queryClient.getQueriesData<HistoryPages>({
    queryKey: queryKeys.boardHistories(event.boardId),
  });
  for (const [key, pages] of cached) {
    if (!pages) continue;
    const filters = key[3] as HistoryFilters;
    const next = withLiveEvent(pages, event, filters);
    // A fetch under way may have been answered before this event committed, and would overwrite it.
    if (next === null || queryClient.isFetching({ queryKey: key, exact: true }) > 0) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    } else if (next !== pages) {
      queryClient.setQueryData<HistoryPages>(key, next);
    }
  }
}

/** After a resync the log may have moved on by more than the socket said: fetch the histories again. */
export function refetchBoardHistories(queryClient: QueryClient, boardId: string): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.boardHistories(boardId) });
}
