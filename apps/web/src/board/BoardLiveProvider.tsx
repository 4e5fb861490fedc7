import type { PresenceViewer } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useToken } from '../auth/useAuth';
import { BoardLiveContext, type BoardLive } from './board-live-context';
import { Highlighter } from './highlighter';
import { connectBoardSocket, type BoardSocket } from './board-socket';
import { syncBoard, type LiveState } from './board-sync';

const HIGHLIGHT_MS = 2000;

interface BoardLiveProviderProps {
  boardId: string;
  /** Join only once the snapshot is in the cache, so catch-up starts from its seq. */
  enabled: boolean;
  children: ReactNode;
}

/** One socket per open board: joins it, applies its events, and shares live state with the page. */
export function BoardLiveProvider({ boardId, enabled, children }: BoardLiveProviderProps) {
  const token = useToken();
  const queryClient = useQueryClient();
  const socketRef = useRef<BoardSocket | null>(null);
  const [state, setState] = useState<LiveState>('connecting');
  const [viewers, setViewers] = useState<PresenceViewer[]>([]);
  const [recentlyChanged, setRecentlyChanged] = useState<ReadonlySet<string>>(new Set());

  const highlighter = useMemo(() => new Highlighter(setRecentlyChanged, HIGHLIGHT_MS), []);
  useEffect(() => () => highlighter.dispose(), [highlighter]);
  const flash = highlighter.flash;

  useEffect(() => {
    if (!enabled) return;
    const socket = connectBoardSocket(token);
    socketRef.current = socket;
    const stop = syncBoard({
      socket,
      boardId,
      queryClient,
      onStateChange: setState,
      onPresence: (presence) => setViewers(presence.viewers),
      onTaskChanged: flash,
    });
    // The browser knows before the socket's heartbeat does: drop at once, rejoin (and catch up) when back.
    const goOffline = () => {
      socket.disconnect();
      // A connection that had already dropped fires no second disconnect: say offline ourselves.
      setState('offline');
    };
    const goOnline = () => socket.connect();
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    return () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      stop();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [boardId, token, enabled, queryClient, flash]);

  const setEditing = useCallback(
    (taskId: string | null) => {
      socketRef.current?.emit('presence:editing', { boardId, taskId });
    },
    [boardId],
  );

  const value = useMemo<BoardLive>(
    () => ({ boardId, state, viewers, recentlyChanged, setEditing }),
    [boardId, state, viewers, recentlyChanged, setEditing],
  );
  return <BoardLiveContext value={value}>{children}</BoardLiveContext>;
}
