import { routes } from '@duban/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { historyRequestParams, isBackwardRange, type HistoryFilters } from './history-filters';

/**
 * The board's history as filtered, newest first, a page at a time ("Load more" asks for the events
 * before the oldest shown). Live events are put on top by the board's socket (see history-cache.ts), so
 * what is loaded never goes stale by itself.
 */
export function useBoardHistory(boardId: string, filters: HistoryFilters) {
  const token = useToken();
  return useInfiniteQuery({
    queryKey: queryKeys.boardHistory(boardId, filters),
    queryFn: ({ pageParam }) =>
      call(routes.boardHistory, {
        token,
        params: { boardId },
        query: historyRequestParams(filters, pageParam),
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    // A range that ends before it starts finds nothing: say so instead of asking.
    enabled: !isBackwardRange(filters),
    staleTime: Infinity,
  });
}
