import { routes, type InstructionList, type StatsChangedNotice } from '@duban/contracts';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { ANY_BOARD, useStatsChanged } from '../live/useStatsChanged';
import { STATS_REFETCH_DEBOUNCE_MS } from './useDashboardStats';

export const awaitingInstructionsKey = (boardId: string | null) =>
  ['instructions', 'awaiting', boardId ?? 'all'] as const;

/**
 * The leader instructions (领导批示) awaiting response on one board or on every board the user may see, kept
 * live: instruction events are board events, so `stats:changed` for a board listed here refetches, debounced.
 */
export function useAwaitingInstructions(boardId: string | null): UseQueryResult<InstructionList> {
  const token = useToken();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useStatsChanged((notice: StatsChangedNotice) => {
    if (boardId !== null && notice.boardId !== boardId && notice.boardId !== ANY_BOARD) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries(
        { queryKey: awaitingInstructionsKey(boardId) },
        { cancelRefetch: false },
      );
    }, STATS_REFETCH_DEBOUNCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useQuery({
    queryKey: awaitingInstructionsKey(boardId),
    queryFn: () =>
      call(routes.listInstructions, {
        token,
        query: {
          awaiting: 'true',
          tz: Intl.DateTimeFormat().resolvedOptions().timeZone || undefined,
          ...(boardId === null ? {} : { boardId }),
        },
      }),
  });
}
