import { routes, type BoardSnapshot, type UpdateBoardInput } from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/**
 * PATCH /api/boards/:boardId. The saved board goes into the snapshot at once; its `board.updated` event
 * brings the same to every other open client (and recomputed lights as `task.light_changed`).
 */
export function useUpdateBoard(boardId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateBoardInput) =>
      call(routes.updateBoard, { token, params: { boardId }, body: input }),
    onSuccess: (board) => {
      queryClient.setQueryData<BoardSnapshot>(queryKeys.board(board.id), (snapshot) =>
        // A later change that already arrived live wins over this answer.
        snapshot && snapshot.board.seq <= board.seq ? { ...snapshot, board } : snapshot,
      );
      // The list of boards shows titles too, and leaves archived boards out; so do its searches.
      void queryClient.invalidateQueries({ queryKey: queryKeys.boards, exact: true });
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.boards, 'list'] });
    },
  });
}
