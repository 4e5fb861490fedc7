import type { AttachmentView } from '@duban/contracts';

/** A file on the task itself (neither a report's nor a comment's): evidence submitted for verification. */
export function isTaskEvidence(attachment: AttachmentView): boolean {
  return attachment.reportId === null && attachment.commentId === null;
}
