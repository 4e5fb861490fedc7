import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/**
 * Board titles by id, archived boards' included (a notification about one keeps its title): one request,
 * cached for every reader of `queryKeys.boards`.
 */
export function useBoardTitles(enabled: boolean): ReadonlyMap<string, string> {
  const token = useToken();
  const boards = useQuery({
    queryKey: queryKeys.boards,
    queryFn: () => call(routes.listBoards, { token, query: { archived: 'include' } }),
    enabled,
  });
  return useMemo(() => new Map((boards.data ?? []).map((board) => [board.id, board.title])), [boards.data]);
}
