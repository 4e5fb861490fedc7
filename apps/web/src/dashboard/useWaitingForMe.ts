import { routes, type WaitingForMe } from '@duban/contracts';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { useStatsChanged } from '../live/useStatsChanged';
import { STATS_REFETCH_DEBOUNCE_MS } from './useDashboardStats';

export const waitingKey = ['me', 'waiting'] as const;

/**
 * What waits for the signed-in user (GET /api/me/waiting), kept live like the dashboard's figures: any
 * `stats:changed` (every board they may see counts), and every reconnect, refetches it, debounced.
 */
export function useWaitingForMe(): UseQueryResult<WaitingForMe> {
  const token = useToken();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useStatsChanged(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: waitingKey }, { cancelRefetch: false });
    }, STATS_REFETCH_DEBOUNCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return useQuery({
    queryKey: waitingKey,
    queryFn: () =>
      call(routes.meWaiting, {
        token,
        query: { tz: Intl.DateTimeFormat().resolvedOptions().timeZone || undefined },
      }),
  });
}
