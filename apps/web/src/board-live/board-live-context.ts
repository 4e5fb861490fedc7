import type { PresenceActivity, PresenceViewer } from '@duban/contracts';
import { createContext, useContext } from 'react';
import type { LiveState } from './board-sync';
import type { Highlighter } from './highlighter';

export interface BoardLive {
  boardId: string;
  state: LiveState;
  /** Who is on the board now (one entry per user). */
  viewers: PresenceViewer[];
  /** Tasks changed by an event in the last couple of seconds: their cards flash (see useHighlighted). */
  highlighter: Highlighter;
  /** Tell the others which task this user has open (null: none), viewing it or editing it (useTaskPresence). */
  announceTask: (taskId: string | null, activity: PresenceActivity) => void;
}

export const BoardLiveContext = createContext<BoardLive | null>(null);

export function useBoardLive(): BoardLive {
  const live = useContext(BoardLiveContext);
  if (!live) throw new Error('useBoardLive must be used inside <BoardLiveProvider>');
  return live;
}
