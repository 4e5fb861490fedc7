import { useQuery } from '@tanstack/react-query';
import { api, queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The board and its tasks; kept current by BoardLiveProvider's events rather than by refetching. */
export function useBoardSnapshot(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.board(boardId),
    queryFn: () => api.board(token, boardId),
    staleTime: Infinity,
  });
}
