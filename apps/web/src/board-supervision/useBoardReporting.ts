import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** Which lead departments have not reported this period; refreshed by board-sync on every report. */
export function useBoardReporting(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.reporting(boardId),
    queryFn: () => call(routes.boardReporting, { token, params: { boardId } }),
  });
}
