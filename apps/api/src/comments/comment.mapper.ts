import type { CommentView } from '@duban/contracts';
import type { CommentEntity } from './comment.entity';

export function toCommentView(comment: CommentEntity): CommentView {
  return {
    id: comment.id,
    taskId: comment.taskId,
    boardId: comment.boardId,
    authorId: comment.authorId,
    kind: comment.kind,
    replyToId: comment.replyToId,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt ? comment.editedAt.toISOString() : null,
    response:
      comment.responseCommentId !== null && comment.respondedById !== null && comment.respondedAt !== null
        ? {
            commentId: comment.responseCommentId,
            authorId: comment.respondedById,
            at: comment.respondedAt.toISOString(),
          }
        : null,
  };
}
