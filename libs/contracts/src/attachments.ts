import { z } from 'zod';
import { isSupervising } from './access-policy';
import { uuidSchema, type TaskStatus } from './common';
import type { UserView } from './users';
import { CLOSED_READ_ONLY, SUBMISSION_FROZEN } from './workflow';

/**
 * Evidence files (佐证材料) on a task, a progress report or a comment. A file on the task itself (neither a
 * report nor a comment) is part of what the lead department submits for verification: the verifier sees
 * the task's own files beside the result.
 */
export interface AttachmentView {
  id: string;
  taskId: string;
  boardId: string;
  /** The progress report it was attached to; null otherwise. */
  reportId: string | null;
  /** The comment it was attached to; null otherwise. */
  commentId: string | null;
  /** The name it was uploaded under (shown and used for the download). */
  name: string;
  /** Bytes. */
  size: number;
  /** Read from the bytes, not the name: what it is served as. */
  contentType: string;
  /** Hex SHA-256 of the stored bytes: recorded in the event that adds the file, so the hash chain covers it. */
  sha256: string;
  createdById: string;
  createdAt: string;
  /** A thumbnail is served at `/api/attachments/:id/thumbnail` (images only). */
  hasThumbnail: boolean;
}

/** The multipart form's fields besides `file`. At most one of them: a file belongs to one place. */
export const uploadAttachmentFieldsSchema = z
  .strictObject({
    /** A progress report of the same task, written by the uploader. */
    reportId: uuidSchema.optional(),
    /** A comment of the same task, written by the uploader. */
    commentId: uuidSchema.optional(),
  })
  .superRefine((fields, context) => {
    if (fields.reportId !== undefined && fields.commentId !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['commentId'],
        message: 'A file belongs to one place: send reportId or commentId, not both',
      });
    }
  });
export type UploadAttachmentFields = z.infer<typeof uploadAttachmentFieldsSchema>;

/** The multipart field that carries the file. */
export const ATTACHMENT_FILE_FIELD = 'file';

/** Defaults of the server's limits (ATTACHMENT_MAX_FILE_MB, ATTACHMENT_MAX_BOARD_MB). */
export const DEFAULT_ATTACHMENT_MAX_FILE_BYTES = 25 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_MAX_BOARD_BYTES = 500 * 1024 * 1024;

/** How a type is shown: in the browser (images, PDF) or as a named download. */
export type AttachmentPresentation = 'image' | 'pdf' | 'download';

/**
 * The types a file may be (read from its bytes): images, PDF, Office documents, plain text and zip. Anything
 * else, HTML and SVG included, is refused with 415.
 */
export const ALLOWED_ATTACHMENT_TYPES: Readonly<Record<string, AttachmentPresentation>> = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/heic': 'download',
  'image/tiff': 'download',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'download',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'download',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'download',
  'application/vnd.oasis.opendocument.text': 'download',
  'application/vnd.oasis.opendocument.spreadsheet': 'download',
  'application/vnd.oasis.opendocument.presentation': 'download',
  /** Word, Excel and PowerPoint before 2007 (one container format for all three). */
  'application/x-cfb': 'download',
  'application/zip': 'download',
  'text/plain': 'download',
};

export function attachmentPresentation(contentType: string): AttachmentPresentation {
  return ALLOWED_ATTACHMENT_TYPES[contentType] ?? 'download';
}

/** Why the task's files cannot change now (whoever asks); null when they may. */
export function attachmentsFrozenRefusal(task: { status: TaskStatus }): string | null {
  if (task.status === 'done') return CLOSED_READ_ONLY;
  if (task.status === 'in_review') return SUBMISSION_FROZEN;
  return null;
}

/** The one who added a file may remove it; supervisors and administrators may remove any. */
export function canRemoveAttachment(
  user: Pick<UserView, 'id' | 'role'>,
  attachment: Pick<AttachmentView, 'createdById'>,
): boolean {
  return attachment.createdById === user.id || isSupervising(user);
}

/** "2.4 MB", "830 KB", "512 B": a size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
