import type { BoardReporting } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** Which lead departments have not reported this period; refreshed by board-sync on every report. */
export function useBoardReporting(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.reporting(boardId),
    queryFn: () => apiRequest<BoardReporting>(`/boards/${encodeURIComponent(boardId)}/reporting`, { token }),
  });
}
