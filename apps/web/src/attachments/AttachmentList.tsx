import {
  attachmentsFrozenRefusal,
  canRemoveAttachment,
  type AttachmentView,
  type TaskView,
} from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { AttachmentItem } from './AttachmentItem';
import { useRemoveAttachment } from './useAttachments';

interface AttachmentListProps {
  task: TaskView;
  attachments: readonly AttachmentView[];
  /** Names the list for screen readers, e.g. "Files on this report". */
  label: string;
}

/** Files, each with a remove button when its adder (or a supervisor) may remove it and the task is open. */
export function AttachmentList({ task, attachments, label }: AttachmentListProps) {
  const { t } = useTranslation('attachments');
  const { me, online } = usePermissions();
  const remove = useRemoveAttachment(task.id);
  const frozen = attachmentsFrozenRefusal(task) !== null;
  if (attachments.length === 0) return null;

  const mayRemove = (attachment: AttachmentView) =>
    online && me !== undefined && !frozen && canRemoveAttachment(me, attachment);
  const onRemove = (attachment: AttachmentView) => {
    if (window.confirm(t('confirmRemove', { name: attachment.name }))) remove.mutate(attachment.id);
  };

  return (
    <>
      <ul className="attachment-list" aria-label={label}>
        {attachments.map((attachment) => (
          <AttachmentItem
            key={attachment.id}
            attachment={attachment}
            removing={remove.isPending && remove.variables === attachment.id}
            onRemove={mayRemove(attachment) ? () => onRemove(attachment) : undefined}
          />
        ))}
      </ul>
      {remove.error && (
        <p className="error" role="alert">
          {t('removeFailed', { message: remove.error.message })}
        </p>
      )}
    </>
  );
}
