import type { TaskView } from '@duban/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../ui/LoadFailed';
import { isTaskEvidence } from './attachment-places';
import { AttachmentList } from './AttachmentList';
import { EvidenceFiles } from './EvidenceFiles';
import { useAttachments } from './useAttachments';
import './attachments.css';

/**
 * The Files tab: the evidence on the task itself first (what the verifier checks), then the files on its
 * progress reports and on its comments (each also shown under its report or comment).
 */
export function TaskFiles({ task }: { task: TaskView }) {
  const { t } = useTranslation(['common', 'attachments']);
  const attachments = useAttachments(task.id);
  const all = attachments.data ?? [];
  const onReports = all.filter((attachment) => attachment.reportId !== null);
  const onComments = all.filter((attachment) => attachment.commentId !== null);

  return (
    <div className="task-files" data-testid="task-files">
      {attachments.isError && (
        <LoadFailed error={attachments.error} onRetry={() => void attachments.refetch()} />
      )}
      <FileGroup title={t('attachments:evidence.title')} hint={t('attachments:evidence.hint')}>
        {attachments.isPending ? (
          <p className="muted">{t('loading')}</p>
        ) : (
          <EvidenceFiles task={task} attachments={all.filter(isTaskEvidence)} />
        )}
      </FileGroup>
      {onReports.length > 0 && (
        <FileGroup title={t('attachments:group.reports')}>
          <AttachmentList task={task} attachments={onReports} label={t('attachments:group.reports')} />
        </FileGroup>
      )}
      {onComments.length > 0 && (
        <FileGroup title={t('attachments:group.comments')}>
          <AttachmentList task={task} attachments={onComments} label={t('attachments:group.comments')} />
        </FileGroup>
      )}
    </div>
  );
}

function FileGroup({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="file-group" aria-labelledby={headingId}>
      <h4 id={headingId} className="file-group-title">
        {title}
      </h4>
      {hint && <p className="muted file-group-hint">{hint}</p>}
      {children}
    </section>
  );
}
