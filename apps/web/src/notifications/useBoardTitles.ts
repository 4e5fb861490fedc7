import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** Board titles by id, from the same list the boards page shows (one request, shared cache). */
export function useBoardTitles(enabled: boolean): ReadonlyMap<string, string> {
  const token = useToken();
  const boards = useQuery({
    queryKey: queryKeys.boards,
    queryFn: () => call(routes.listBoards, { token }),
    enabled,
  });
  return useMemo(() => new Map((boards.data ?? []).map((board) => [board.id, board.title])), [boards.data]);
}
