import {
  canEditTask,
  canManageTasks,
  frozenFieldRefusal,
  isReadOnlyTask,
  isSupervising,
  type EditableTaskField,
  type TaskView,
} from '@duban/contracts';
import { useMe } from '../auth/useMe';
import { useBoardLive } from './board-live-context';

/** What the signed-in user may do here, by the same rules the API enforces; nothing while offline. */
export function usePermissions() {
  const me = useMe();
  const { state } = useBoardLive();
  const online = state === 'live';
  // A closed task is read-only for everyone, whoever may otherwise edit it.
  const canEdit = (task: TaskView) =>
    online && me !== undefined && canEditTask(me, task) && !isReadOnlyTask(task);
  return {
    me,
    online,
    canCreateTasks: online && me !== undefined && canManageTasks(me),
    canEdit,
    /** The task's status may freeze a field the user could otherwise change (a submission under review). */
    canEditField: (task: TaskView, field: EditableTaskField) =>
      canEdit(task) && frozenFieldRefusal(task, field) === null,
    canEditAssignment: online && me !== undefined && isSupervising(me),
  };
}
