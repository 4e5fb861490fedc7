import { useEffect } from 'react';
import { useBoardLive } from './board-live-context';

/**
 * Tells the others on the board that this user has the task open: viewing it, or editing it while a
 * changed field is not yet saved (`editing`; saving or dropping the change makes it viewing again).
 * Said again whenever the board comes back live (a new connection starts with nothing open), and taken
 * back when the task closes.
 */
export function useTaskPresence(taskId: string, editing: boolean): void {
  const { state, announceTask } = useBoardLive();
  const live = state === 'live';
  const activity = editing ? 'editing' : 'viewing';

  useEffect(() => {
    if (live) announceTask(taskId, activity);
  }, [live, taskId, activity, announceTask]);

  useEffect(() => () => announceTask(null, 'viewing'), [taskId, announceTask]);
}
