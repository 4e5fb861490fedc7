import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The board and its tasks; kept current by BoardLiveProvider's events rather than by refetching. */
export function useBoardSnapshot(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.board(boardId),
    queryFn: () => call(routes.getBoard, { token, params: { boardId } }),
    staleTime: Infinity,
  });
}
