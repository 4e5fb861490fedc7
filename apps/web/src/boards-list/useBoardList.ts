import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { listQueryOf, type BoardListFilters } from './useBoardListFilters';

/**
 * The boards for the list's filters, each search with its own cache entry under `queryKeys.boards`
 * (invalidated with it after a board change; see useUpdateBoard).
 */
export function useBoardList(filters: BoardListFilters) {
  const token = useToken();
  const query = listQueryOf(filters);
  return useQuery({
    queryKey: [...queryKeys.boards, 'list', query],
    queryFn: () => call(routes.listBoards, { token, query }),
    // While a new search runs, the previous results stay (no flash of "loading").
    placeholderData: (previous) => previous,
  });
}
