import { routes, type StatsChangedNotice, type TaskStats } from '@duban/contracts';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { ANY_BOARD, useStatsChanged } from '../live/useStatsChanged';

/** The dashboard's figures: every board the user may see (`all`) or one board. */
export const statsKeys = {
  all: ['stats'] as const,
  of: (boardId: string | null) => ['stats', boardId ?? 'all'] as const,
};

/** A burst of changes (a bulk move, several boards at once) refetches once, this long after the last one. */
export const STATS_REFETCH_DEBOUNCE_MS = 200;

/**
 * The figures of one board (or of all), kept live: `stats:changed` for a board they count (any board for
 * the all-boards figures, and after a reconnect) refetches them, debounced; no polling.
 */
export function useDashboardStats(boardId: string | null): UseQueryResult<TaskStats> {
  const token = useToken();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useStatsChanged((notice: StatsChangedNotice) => {
    if (boardId !== null && notice.boardId !== boardId && notice.boardId !== ANY_BOARD) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: statsKeys.of(boardId) }, { cancelRefetch: false });
    }, STATS_REFETCH_DEBOUNCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useQuery({
    queryKey: statsKeys.of(boardId),
    queryFn: () =>
      boardId === null
        ? call(routes.stats, { token, query: { tz: viewerTimeZone() } })
        : call(routes.boardStats, { token, params: { boardId }, query: { tz: viewerTimeZone() } }),
  });
}

/** The browser's IANA time zone: the day a task closed and "today" are the viewer's (see contracts stats.ts). */
function viewerTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}
