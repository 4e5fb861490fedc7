import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queries';
import type { LiveSocket } from './live-socket';

/**
 * Reads the signed-in user and their boards list again when an administrator changes them (`user:changed`:
 * role, department, name), so what the tab offers (a new board, administration, the name in the header)
 * follows without a reload. Open boards they may no longer see are closed by `board:revoked` already.
 * @returns stops watching
 */
export function watchAccount(socket: LiveSocket, queryClient: QueryClient): () => void {
  const onChanged = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.me, exact: true });
    void queryClient.invalidateQueries({ queryKey: queryKeys.boards, exact: true });
    void queryClient.invalidateQueries({ queryKey: [...queryKeys.boards, 'list'] });
  };
  socket.on('user:changed', onChanged);
  return () => {
    socket.off('user:changed', onChanged);
  };
}
