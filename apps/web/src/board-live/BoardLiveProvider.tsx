import { routes, type PresenceActivity, type PresenceViewer } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { useLiveSocket } from '../live/live-socket-context';
import { BoardLiveContext, type BoardLive } from './board-live-context';
import { Highlighter } from './highlighter';
import { syncBoard, type LiveState } from './board-sync';

const HIGHLIGHT_MS = 2000;

interface BoardLiveProviderProps {
  boardId: string;
  /** Join only once the snapshot is in the cache, so catch-up starts from its seq. */
  enabled: boolean;
  children: ReactNode;
}

/**
 * Joins the open board on the tab's socket, applies its events, and shares live state with the page;
 * leaves the board (the socket stays, for notifications and the next board) when the page does.
 */
export function BoardLiveProvider({ boardId, enabled, children }: BoardLiveProviderProps) {
  const socket = useLiveSocket();
  const queryClient = useQueryClient();
  const token = useToken();
  const [state, setState] = useState<LiveState>('connecting');
  const [viewers, setViewers] = useState<PresenceViewer[]>([]);

  const highlighter = useMemo(() => new Highlighter(HIGHLIGHT_MS), []);
  useEffect(() => () => highlighter.dispose(), [highlighter]);
  const flash = highlighter.flash;

  useEffect(() => {
    if (!enabled) return;
    const stop = syncBoard({
      socket,
      boardId,
      queryClient,
      readEventsAfter: (afterSeq, limit) =>
        call(routes.boardEvents, { token, params: { boardId }, query: { after: afterSeq, limit } }),
      onStateChange: setState,
      onPresence: (presence) => setViewers(presence.viewers),
      onTaskChanged: flash,
    });
    // The socket drops at once when the browser goes offline (LiveSocketProvider); a connection that had
    // already dropped fires no second disconnect, so say offline here too.
    const goOffline = () => setState('offline');
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('offline', goOffline);
      stop();
      if (socket.connected) socket.emit('board:leave', { boardId });
    };
  }, [socket, boardId, enabled, queryClient, flash, token]);

  const announceTask = useCallback(
    (taskId: string | null, activity: PresenceActivity) => {
      socket.emit('presence:editing', { boardId, taskId, activity });
    },
    [socket, boardId],
  );

  const value = useMemo<BoardLive>(
    () => ({ boardId, state, viewers, highlighter, announceTask }),
    [boardId, state, viewers, highlighter, announceTask],
  );
  return <BoardLiveContext value={value}>{children}</BoardLiveContext>;
}
