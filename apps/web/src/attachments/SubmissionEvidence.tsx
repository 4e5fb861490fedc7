import type { TaskView } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../ui/LoadFailed';
import { isTaskEvidence } from './attachment-places';
import { EvidenceFiles } from './EvidenceFiles';
import { useAttachments } from './useAttachments';
import './attachments.css';

interface SubmissionEvidenceProps {
  task: TaskView;
  /** Submitting: the lead department may add files first. Verifying or returning: the list only. */
  offerUpload: boolean;
}

/** The task's evidence files inside a supervision step, so submitting and verifying see them in one place. */
export function SubmissionEvidence({ task, offerUpload }: SubmissionEvidenceProps) {
  const { t } = useTranslation(['common', 'attachments']);
  const headingId = useId();
  const attachments = useAttachments(task.id);
  const evidence = (attachments.data ?? []).filter(isTaskEvidence);

  return (
    <section className="submission-evidence" aria-labelledby={headingId} data-testid="submission-evidence">
      <h4 id={headingId} className="file-group-title">
        {t('attachments:evidence.titleCount', { count: evidence.length })}
      </h4>
      {attachments.isPending && <p className="muted">{t('loading')}</p>}
      {attachments.isError && (
        <LoadFailed error={attachments.error} onRetry={() => void attachments.refetch()} />
      )}
      {attachments.isSuccess && (
        <EvidenceFiles task={task} attachments={evidence} offerUpload={offerUpload} />
      )}
    </section>
  );
}
