import { useQuery } from '@tanstack/react-query';
import { useToken } from '../auth/useAuth';
import { boardKeys, fetchBoardSnapshot } from './board-queries';

/** The board and its tasks; kept current by useBoardLiveUpdates rather than by refetching. */
export function useBoardSnapshot(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: boardKeys.snapshot(boardId),
    queryFn: () => fetchBoardSnapshot(token, boardId),
    staleTime: Infinity,
  });
}
