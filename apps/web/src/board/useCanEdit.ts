import { canEditTask, canManageTasks, isSupervising, type TaskView } from '@duban/contracts';
import { useMe } from '../auth/useMe';
import { useBoardLive } from './board-live-context';

/** What the signed-in user may do here, by the same rules the API enforces; nothing while offline. */
export function usePermissions() {
  const me = useMe();
  const { state } = useBoardLive();
  const online = state === 'live';
  return {
    me,
    online,
    canCreateTasks: online && me !== undefined && canManageTasks(me),
    canEdit: (task: TaskView) => online && me !== undefined && canEditTask(me, task),
    canEditAssignment: online && me !== undefined && isSupervising(me),
  };
}
