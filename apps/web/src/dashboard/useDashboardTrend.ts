import { routes, type StatsChangedNotice, type TaskTrend } from '@duban/contracts';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { ANY_BOARD, useStatsChanged } from '../live/useStatsChanged';
import { STATS_REFETCH_DEBOUNCE_MS } from './useDashboardStats';

export const trendKeys = {
  of: (boardId: string | null) => ['trend', boardId ?? 'all'] as const,
  range: (boardId: string | null, from: string, to: string) => ['trend', boardId ?? 'all', from, to] as const,
};

/**
 * The history charts' days (GET /api/stats/trend or one board's), kept live like the figures: a
 * `stats:changed` for a board they count refetches them, debounced; no polling.
 */
export function useDashboardTrend(
  boardId: string | null,
  range: { from: string; to: string },
  timeZone: string | undefined,
): UseQueryResult<TaskTrend> {
  const token = useToken();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useStatsChanged((notice: StatsChangedNotice) => {
    if (boardId !== null && notice.boardId !== boardId && notice.boardId !== ANY_BOARD) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: trendKeys.of(boardId) }, { cancelRefetch: false });
    }, STATS_REFETCH_DEBOUNCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useQuery({
    queryKey: trendKeys.range(boardId, range.from, range.to),
    queryFn: () => {
      const query = { tz: timeZone, from: range.from, to: range.to };
      return boardId === null
        ? call(routes.statsTrend, { token, query })
        : call(routes.boardStatsTrend, { token, params: { boardId }, query });
    },
    // The previous range's lines stay while the next one loads.
    placeholderData: (previous) => previous,
  });
}
