import { z } from 'zod';
import { requiredText } from './common';

export const commentBodySchema = requiredText(10000);

export const createCommentSchema = z.strictObject({ body: commentBodySchema });
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const updateCommentSchema = createCommentSchema;
export type UpdateCommentInput = z.infer<typeof updateCommentSchema>;

export interface CommentView {
  id: string;
  taskId: string;
  boardId: string;
  authorId: string;
  /** Markdown source; clients render it without raw HTML. */
  body: string;
  createdAt: string;
  editedAt: string | null;
}
