import type { BoardEvent, BoardJoinRequest, BoardJoinResult, BoardSnapshot } from '@duban/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { BoardSocket } from '../realtime/board-socket';
import { applyBoardEvent } from './board-events';
import { boardKeys } from './board-queries';

export type LiveState = 'connecting' | 'live' | 'offline';

interface BoardSyncOptions {
  socket: BoardSocket;
  boardId: string;
  queryClient: QueryClient;
  onStateChange: (state: LiveState) => void;
}

/**
 * Keeps the cached snapshot of one board current from its `board:event`s. On every (re)connect it joins
 * with the last seq applied, so the server sends exactly what was missed, or asks for a resync.
 * Returns a function that stops listening.
 */
export function syncBoard({ socket, boardId, queryClient, onStateChange }: BoardSyncOptions): () => void {
  const key = boardKeys.snapshot(boardId);
  const refetchSnapshot = () => {
    // Reuse a refetch already in flight rather than restarting it on every event of a burst.
    void queryClient.invalidateQueries({ queryKey: key }, { cancelRefetch: false });
  };

  const apply = (event: BoardEvent) => {
    const snapshot = queryClient.getQueryData<BoardSnapshot>(key);
    if (event.boardId !== boardId || !snapshot) return;
    const result = applyBoardEvent(snapshot, event);
    if (result.kind === 'applied') queryClient.setQueryData(key, result.snapshot);
    if (result.kind === 'gap') refetchSnapshot();
  };

  const onJoined = (result: BoardJoinResult) => {
    if (!result.ok) {
      onStateChange('offline');
      return;
    }
    onStateChange('live');
    if ('resync' in result) refetchSnapshot();
    else result.missed.forEach(apply);
  };

  const join = () => {
    const afterSeq = queryClient.getQueryData<BoardSnapshot>(key)?.seq;
    const request: BoardJoinRequest = afterSeq === undefined ? { boardId } : { boardId, afterSeq };
    socket.emit('board:join', request, onJoined);
  };

  const onDisconnect = () => onStateChange('connecting');
  const onConnectError = () => onStateChange(socket.active ? 'connecting' : 'offline');

  socket.on('connect', join);
  socket.on('disconnect', onDisconnect);
  socket.on('connect_error', onConnectError);
  socket.on('board:event', apply);
  if (socket.connected) join();

  return () => {
    socket.off('connect', join);
    socket.off('disconnect', onDisconnect);
    socket.off('connect_error', onConnectError);
    socket.off('board:event', apply);
  };
}
