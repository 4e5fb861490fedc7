import type { TaskView } from '@duban/contracts';
import { useEffect } from 'react';
import { useBoardLive } from '../board-live/board-live-context';
import { usePermissions } from '../board-live/usePermissions';
import { SupervisionSection } from './SupervisionSection';
import { TaskForm } from './TaskForm';
import { TaskTabs } from './TaskTabs';

/**
 * The open task: where it stands in supervision, its fields (editable as far as the user may), and its
 * comments and history.
 */
export function TaskDetails({ task }: { task: TaskView }) {
  const { setEditing } = useBoardLive();
  const { canEdit } = usePermissions();
  const editable = canEdit(task);

  // Tell the others only when the user can actually edit; re-sent after a reconnect (editable flips back).
  useEffect(() => {
    if (!editable) return;
    setEditing(task.id);
    return () => setEditing(null);
  }, [editable, task.id, setEditing]);

  return (
    <>
      <SupervisionSection task={task} />
      <TaskForm task={task} />
      <TaskTabs task={task} />
    </>
  );
}
