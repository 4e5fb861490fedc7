import { attachmentsFrozenRefusal, canEditTask, type AttachmentView, type TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../board-live/usePermissions';
import { AttachmentDropzone } from './AttachmentDropzone';
import { AttachmentList } from './AttachmentList';
import { frozenReasonKey } from './upload-problem';
import { UploadList } from './UploadList';
import { useUploads } from './useUploads';

interface EvidenceFilesProps {
  task: TaskView;
  /** The task's own files (on neither a report nor a comment). */
  attachments: readonly AttachmentView[];
  /** Who may edit the task may add files while it is open; false shows the list only (the verify step). */
  offerUpload?: boolean;
}

/**
 * The evidence (佐证材料) on the task itself, the files submitted for verification: the list, and for who
 * may edit the task a place to add more, or why they cannot now (under review, or closed).
 */
export function EvidenceFiles({ task, attachments, offerUpload = true }: EvidenceFilesProps) {
  const { t } = useTranslation('attachments');
  const { me, online } = usePermissions();
  const uploads = useUploads(task.id);
  const frozenKey = frozenReasonKey(attachmentsFrozenRefusal(task));
  const mayEdit = offerUpload && online && me !== undefined && canEditTask(me, task);
  const mayAttach = mayEdit && frozenKey === null;
  // Said only to those who could otherwise add files: the reason is theirs to act on.
  const saysFrozen = mayEdit && frozenKey !== null;

  return (
    <div className="evidence-files" data-testid="evidence-files">
      {mayAttach && <AttachmentDropzone onFiles={(files) => uploads.upload(files)} />}
      {saysFrozen && frozenKey && <p className="muted attachment-frozen">{t(frozenKey)}</p>}
      <UploadList uploads={uploads.uploads} onRetry={uploads.retry} onDismiss={uploads.dismiss} />
      {attachments.length === 0 ? (
        <p className="muted">{t('evidence.empty')}</p>
      ) : (
        <AttachmentList task={task} attachments={attachments} label={t('evidence.title')} />
      )}
    </div>
  );
}
