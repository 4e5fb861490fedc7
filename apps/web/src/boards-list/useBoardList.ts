import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { listQueryOf, type BoardListFilters } from './useBoardListFilters';

/**
 * The boards for the list's filters. Unfiltered, it shares the cache of every other reader of the boards
 * (`queryKeys.boards`: notification titles, refreshed after board changes); a search has its own entry.
 */
export function useBoardList(filters: BoardListFilters) {
  const token = useToken();
  const query = listQueryOf(filters);
  const filtered = query.q !== undefined || query.archived !== 'exclude';
  return useQuery({
    queryKey: filtered ? [...queryKeys.boards, 'list', query] : queryKeys.boards,
    queryFn: () => call(routes.listBoards, { token, query }),
    // While a new search runs, the previous results stay (no flash of "loading").
    placeholderData: (previous) => previous,
  });
}
