import type { AttachmentView } from '@duban/contracts';
import type { AttachmentEntity } from './attachment.entity';

export function toAttachmentView(attachment: AttachmentEntity): AttachmentView {
  return {
    id: attachment.id,
    taskId: attachment.taskId,
    boardId: attachment.boardId,
    reportId: attachment.reportId,
    commentId: attachment.commentId,
    name: attachment.name,
    size: Number(attachment.size),
    contentType: attachment.contentType,
    sha256: attachment.sha256,
    createdById: attachment.createdById,
    createdAt: attachment.createdAt.toISOString(),
    hasThumbnail: attachment.hasThumbnail,
  };
}
