import { formatFileSize } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { uploadProblem, type UploadProblem } from './upload-problem';
import type { Upload } from './useUploads';

type Translate = ReturnType<typeof useTranslation<'attachments'>>['t'];

interface UploadListProps {
  uploads: readonly Upload[];
  onRetry: (key: string) => void;
  onDismiss: (key: string) => void;
}

/** Each file being uploaded: its progress bar, then done, or its error with retry and dismiss. */
export function UploadList({ uploads, onRetry, onDismiss }: UploadListProps) {
  const { t } = useTranslation('attachments');
  if (uploads.length === 0) return null;
  return (
    <ul className="upload-list" aria-label={t('uploads')}>
      {uploads.map((upload) => {
        const percent = upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
        const name = upload.file.name;
        return (
          <li
            key={upload.key}
            className={`upload upload-${upload.state}`}
            data-testid="upload"
            data-state={upload.state}
          >
            <div className="upload-line">
              <span className="upload-name">{name}</span>
              <span className="muted">{formatFileSize(upload.file.size)}</span>
              <span className="upload-state" aria-live="polite">
                {upload.state === 'sending' && t('sending', { percent })}
                {upload.state === 'done' && t('done')}
              </span>
            </div>
            {upload.state !== 'failed' && (
              <progress
                className="upload-progress"
                max={100}
                value={upload.state === 'done' ? 100 : percent}
                aria-label={t('progress', { name })}
              />
            )}
            {upload.state === 'failed' && (
              <p className="error" role="alert">
                {describe(uploadProblem(upload.error), t)}
              </p>
            )}
            <div className="upload-actions">
              {upload.state === 'failed' && (
                <button type="button" className="button-link" onClick={() => onRetry(upload.key)}>
                  {t('retry')}
                </button>
              )}
              <button
                type="button"
                className="button-link"
                aria-label={t(upload.state === 'sending' ? 'cancelNamed' : 'dismissNamed', { name })}
                onClick={() => onDismiss(upload.key)}
              >
                {upload.state === 'sending' ? t('cancel') : t('dismiss')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function describe(problem: UploadProblem, t: Translate): string {
  switch (problem.kind) {
    case 'tooLarge':
      return problem.limit ? t('problem.tooLarge', { limit: problem.limit }) : t('problem.tooLargeUnknown');
    case 'boardFull':
      return problem.limit ? t('problem.boardFull', { limit: problem.limit }) : t('problem.boardFullUnknown');
    case 'unsupportedType':
      return t('problem.unsupportedType');
    case 'submitted':
      return t('frozen.submitted');
    case 'closed':
      return t('frozen.closed');
    case 'network':
      return t('problem.network');
    case 'other':
      return t('problem.other', { message: problem.message });
  }
}
