import type { PresenceViewer, TaskView } from '@duban/contracts';
import { createContext, useContext } from 'react';
import type { Directory } from '../api/useDirectory';

/**
 * What every card needs from the page, computed once per board render instead of once per card (a board may
 * hold thousands): names, permissions, who has which task open, and how to open a task. Which cards just changed
 * is not here: each card asks for its own (useHighlighted), so a flash re-renders one card, not all.
 */
export interface CardEnvironment {
  directory: Directory;
  canDrag: (task: TaskView) => boolean;
  /** Who has the task open now, viewing or editing it. */
  presenceOf: (taskId: string) => readonly PresenceViewer[];
  openTask: (taskId: string) => void;
  /** The user's card size: compact cards (usePreferences().cardDensity). */
  compact: boolean;
}

export const CardEnvironmentContext = createContext<CardEnvironment | null>(null);

export function useCardEnvironment(): CardEnvironment {
  const environment = useContext(CardEnvironmentContext);
  if (!environment) throw new Error('useCardEnvironment must be used inside <BoardView>');
  return environment;
}
