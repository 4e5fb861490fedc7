import type { PresenceViewer } from '@duban/contracts';
import type { ReactNode } from 'react';
import { BoardLiveContext, type BoardLive } from './board-live-context';
import { Highlighter } from './highlighter';

/** Component tests: render children inside a board whose live state the test chooses. */
export function TestBoardLive({ children, ...live }: Partial<BoardLive> & { children: ReactNode }) {
  const value: BoardLive = {
    boardId: 'board-1',
    state: 'live',
    viewers: [] as PresenceViewer[],
    highlighter: new Highlighter(2000),
    announceTask: () => undefined,
    ...live,
  };
  return <BoardLiveContext value={value}>{children}</BoardLiveContext>;
}
