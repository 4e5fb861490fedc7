import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useToken } from '../auth/useAuth';
import { connectBoardSocket } from '../realtime/board-socket';
import { syncBoard, type LiveState } from './board-sync';

/** Joins the board over Socket.IO once its snapshot is loaded and applies its events to the cache. */
export function useBoardLiveUpdates(boardId: string, snapshotLoaded: boolean): LiveState {
  const token = useToken();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!snapshotLoaded) return;
    const socket = connectBoardSocket(token);
    const stopSync = syncBoard({ socket, boardId, queryClient, onStateChange: setState });
    return () => {
      stopSync();
      socket.disconnect();
    };
  }, [boardId, token, snapshotLoaded, queryClient]);

  return state;
}
