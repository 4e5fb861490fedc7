import { z } from 'zod';
import { requiredText, uuidSchema } from './common';

export const commentBodySchema = requiredText(10000);

/**
 * An ordinary comment, or a leader's instruction (领导批示): shown apart, notifying the lead department, and
 * awaiting response until a member of the task's lead department replies to it.
 */
export const COMMENT_KINDS = ['comment', 'instruction'] as const;
export const commentKindSchema = z.enum(COMMENT_KINDS);
export type CommentKind = z.infer<typeof commentKindSchema>;

export const createCommentSchema = z.strictObject({
  body: commentBodySchema,
  /** `instruction`: leaders only (403 naming `kind` for anyone else). Default `comment`. */
  kind: commentKindSchema.optional(),
  /** The comment (or instruction) of the same task this one replies to (400 naming `replyToId` otherwise). */
  replyToId: uuidSchema.nullable().optional(),
});
export type CreateCommentInput = z.infer<typeof createCommentSchema>;

export const updateCommentSchema = z.strictObject({ body: commentBodySchema });
export type UpdateCommentInput = z.infer<typeof updateCommentSchema>;

/** Who answered an instruction (a member of the task's lead department, by replying to it) and when. */
export interface InstructionResponse {
  /** The reply that answered it. */
  commentId: string;
  authorId: string;
  at: string;
}

export interface CommentView {
  id: string;
  taskId: string;
  boardId: string;
  authorId: string;
  kind: CommentKind;
  /** The comment of the same task this one replies to; null for a comment that starts a thread. */
  replyToId: string | null;
  /** Markdown source; clients render it without raw HTML. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  /** For an instruction: the reply that answered it; null while it awaits response (待回复) and for comments. */
  response: InstructionResponse | null;
}

/** Whether a comment is an instruction still awaiting response (待回复). */
export function isAwaitingResponse(comment: Pick<CommentView, 'kind' | 'response'>): boolean {
  return comment.kind === 'instruction' && comment.response === null;
}

/** `instruction.answered`: the reply that answered an instruction, carrying the instruction as answered. */
export type InstructionAnsweredData = CommentView & { instruction: CommentView };
