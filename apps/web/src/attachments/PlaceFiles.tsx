import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { AttachmentList } from './AttachmentList';
import { useAttachments } from './useAttachments';
import './attachments.css';

type Place = { reportId: string } | { commentId: string };

/** The files on one progress report or comment, shown under it. */
export function PlaceFiles({ task, place }: { task: TaskView; place: Place }) {
  const { t } = useTranslation('attachments');
  const attachments = useAttachments(task.id);
  const here = (attachments.data ?? []).filter((attachment) =>
    'reportId' in place ? attachment.reportId === place.reportId : attachment.commentId === place.commentId,
  );
  return (
    <AttachmentList
      task={task}
      attachments={here}
      label={'reportId' in place ? t('group.onReport') : t('group.onComment')}
    />
  );
}
