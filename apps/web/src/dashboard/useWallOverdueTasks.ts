import { daysBetween, routes, today, type TaskView } from '@duban/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { ANY_BOARD, useStatsChanged } from '../live/useStatsChanged';
import { STATS_REFETCH_DEBOUNCE_MS } from './useDashboardStats';

/** An overdue task as the wall lists it. */
export interface WallOverdueTask {
  task: TaskView;
  /** Whole days past its deadline, today where the wall is. */
  days: number;
}

export const wallOverdueKey = (boardId: string) => ['wall', 'overdue', boardId] as const;

/**
 * The shown board's overdue tasks (red light), most overdue first, for the wall: read from the board's
 * snapshot, refetched (debounced) on `stats:changed` for that board and after a reconnect. Nothing for the
 * all-boards slide (null).
 */
export function useWallOverdueTasks(boardId: string | null, limit: number): WallOverdueTask[] {
  const token = useToken();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useStatsChanged((notice) => {
    if (boardId === null || (notice.boardId !== boardId && notice.boardId !== ANY_BOARD)) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: wallOverdueKey(boardId) }, { cancelRefetch: false });
    }, STATS_REFETCH_DEBOUNCE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const snapshot = useQuery({
    queryKey: wallOverdueKey(boardId ?? ''),
    queryFn: () => call(routes.getBoard, { token, params: { boardId: boardId ?? '' } }),
    enabled: boardId !== null,
    select: (data) => {
      const now = today(new Date());
      return data.tasks
        .filter((task) => task.light === 'red' && task.deadline !== null)
        .map((task) => ({ task, days: daysBetween(task.deadline!, now) }))
        .sort((a, b) => b.days - a.days || a.task.title.localeCompare(b.task.title))
        .slice(0, limit);
    },
  });
  return boardId === null ? [] : (snapshot.data ?? []);
}
