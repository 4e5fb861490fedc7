import { routes, type CommentView, type CreateCommentInput } from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/**
 * Post, edit and delete comments on one task. The thread shows the result at once; the socket's
 * comment event then arrives for everyone (and is de-duplicated by id here).
 */
export function useCommentMutations(taskId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  const key = queryKeys.comments(taskId);
  const store = (comment: CommentView) =>
    queryClient.setQueryData<CommentView[]>(key, (comments) =>
      comments
        ? [...comments.filter((known) => known.id !== comment.id), comment].sort((a, b) =>
            a.createdAt.localeCompare(b.createdAt),
          )
        : comments,
    );

  const create = useMutation({
    mutationFn: (input: CreateCommentInput) =>
      call(routes.createComment, { token, params: { taskId }, body: input }),
    onSuccess: (comment: CommentView) => {
      store(comment);
      // A reply may have answered an instruction: the socket's event says so too, this covers a slow socket.
      if (comment.replyToId) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const update = useMutation({
    mutationFn: ({ commentId, body }: { commentId: string; body: string }) =>
      call(routes.updateComment, { token, params: { id: commentId }, body: { body } }),
    onSuccess: store,
  });
  const remove = useMutation({
    mutationFn: (commentId: string) => call(routes.deleteComment, { token, params: { id: commentId } }),
    onSuccess: (_nothing, commentId) =>
      queryClient.setQueryData<CommentView[]>(key, (comments) =>
        comments?.filter((known) => known.id !== commentId),
      ),
  });
  return { create, update, remove };
}
