import type { CommentView } from '@duban/contracts';
import type { CommentEntity } from './comment.entity';

export function toCommentView(comment: CommentEntity): CommentView {
  return {
    id: comment.id,
    taskId: comment.taskId,
    boardId: comment.boardId,
    authorId: comment.authorId,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt ? comment.editedAt.toISOString() : null,
  };
}
