import { useSyncExternalStore } from 'react';
import { useBoardLive } from './board-live-context';

/** Whether the task changed a moment ago (its card or row flashes); re-renders only when that flips. */
export function useHighlighted(taskId: string): boolean {
  const { highlighter } = useBoardLive();
  return useSyncExternalStore(highlighter.subscribe, () => highlighter.isHighlighted(taskId));
}
