import {
  canEditTask,
  canManageTasks,
  frozenFieldRefusal,
  isReadOnlyTask,
  isSupervising,
  type BoardSnapshot,
  type EditableTaskField,
  type TaskView,
} from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { queryKeys } from '../api/queries';
import { useMe } from '../auth/useMe';
import { useBoardLive } from './board-live-context';

/**
 * What the signed-in user may do here, by the same rules the API enforces: nothing while offline, and
 * nothing on an archived board (read-only until restored; the API refuses with `board_archived`).
 */
export function usePermissions() {
  const me = useMe();
  const { state, boardId } = useBoardLive();
  const archived = useBoardArchived(boardId);
  /** Changes can be sent now: the board is live and not archived. */
  const online = state === 'live' && !archived;
  // A closed task is read-only for everyone, whoever may otherwise edit it.
  const canEdit = (task: TaskView) =>
    online && me !== undefined && canEditTask(me, task) && !isReadOnlyTask(task);
  return {
    me,
    online,
    /** The board is archived (归档): read-only for everyone. */
    archived,
    canCreateTasks: online && me !== undefined && canManageTasks(me),
    canEdit,
    /** The task's status may freeze a field the user could otherwise change (a submission under review). */
    canEditField: (task: TaskView, field: EditableTaskField) =>
      canEdit(task) && frozenFieldRefusal(task, field) === null,
    canEditAssignment: online && me !== undefined && isSupervising(me),
  };
}

/**
 * Whether the board in the cache is archived; it follows the live snapshot (a `board.archived` event).
 * Reads the snapshot the board page loads, and never fetches it itself.
 */
function useBoardArchived(boardId: string): boolean {
  const queryClient = useQueryClient();
  return useSyncExternalStore(
    (onChange) => queryClient.getQueryCache().subscribe(onChange),
    () => {
      const snapshot = queryClient.getQueryData<BoardSnapshot>(queryKeys.board(boardId));
      return snapshot !== undefined && snapshot.board.archivedAt !== null;
    },
  );
}
