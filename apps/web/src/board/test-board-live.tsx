import type { PresenceViewer } from '@duban/contracts';
import type { ReactNode } from 'react';
import { BoardLiveContext, type BoardLive } from './board-live-context';

/** Component tests: render children inside a board whose live state the test chooses. */
export function TestBoardLive({ children, ...live }: Partial<BoardLive> & { children: ReactNode }) {
  const value: BoardLive = {
    boardId: 'board-1',
    state: 'live',
    viewers: [] as PresenceViewer[],
    recentlyChanged: new Set<string>(),
    setEditing: () => undefined,
    ...live,
  };
  return <BoardLiveContext value={value}>{children}</BoardLiveContext>;
}
