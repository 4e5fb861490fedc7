import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The minutes imported into a board, newest first. */
export function useBoardMinutes(boardId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.boardMinutes(boardId),
    queryFn: async () => {
      const list = await call(routes.listBoardMinutes, { token, params: { boardId } });
      return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}

/** One minutes text with the tasks made from it (their live state comes from the board, not from here). */
export function useMinutes(minutesId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.minutes(minutesId),
    queryFn: () => call(routes.getMinutes, { token, params: { minutesId } }),
    retry: false,
  });
}
