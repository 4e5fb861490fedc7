import { canEditTask, type PresenceViewer } from '@duban/contracts';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Directory } from '../api/useDirectory';
import { useBoardLive } from '../board-live/board-live-context';
import { usePermissions } from '../board-live/usePermissions';
import type { CardEnvironment } from './card-environment-context';

const NOBODY: readonly PresenceViewer[] = [];

/** Builds the cards' shared environment; it only changes when presence or permissions do. */
export function useCardEnvironmentValue(directory: Directory, compact: boolean): CardEnvironment {
  const { boardId, viewers } = useBoardLive();
  // usePermissions().canEdit is a fresh function every render; its inputs (me, online) are stable.
  const { me, online } = usePermissions();
  const navigate = useNavigate();
  const { search } = useLocation();

  const presenceByTask = useMemo(() => {
    const byTask = new Map<string, PresenceViewer[]>();
    for (const viewer of viewers) {
      if (!viewer.task) continue;
      byTask.set(viewer.task.taskId, [...(byTask.get(viewer.task.taskId) ?? []), viewer]);
    }
    return byTask;
  }, [viewers]);

  const openTask = useCallback(
    (taskId: string) =>
      void navigate({
        pathname: `/boards/${encodeURIComponent(boardId)}/tasks/${encodeURIComponent(taskId)}`,
        search,
      }),
    [boardId, navigate, search],
  );

  return useMemo<CardEnvironment>(
    () => ({
      directory,
      // The same rule as usePermissions().canEdit: the API's policy, and nothing while offline.
      canDrag: (task) => online && me !== undefined && canEditTask(me, task),
      presenceOf: (taskId) => presenceByTask.get(taskId) ?? NOBODY,
      openTask,
      compact,
    }),
    [directory, me, online, presenceByTask, openTask, compact],
  );
}
