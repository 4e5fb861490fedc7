import type { AttachmentView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../ui/useModalDialog';
import { useAttachmentUrl } from './useAttachmentUrl';

/** The full image in a dialog; Escape, the close button or a click beside the image closes it. */
export function ImageViewer({ attachment, onClose }: { attachment: AttachmentView; onClose: () => void }) {
  const { t } = useTranslation(['common', 'attachments']);
  const dialogRef = useModalDialog();
  const { url, failed } = useAttachmentUrl(attachment.id, 'file');

  return (
    <dialog
      ref={dialogRef}
      className="image-viewer"
      aria-label={attachment.name}
      data-testid="image-viewer"
      onClose={onClose}
      onKeyDown={(event) => {
        // Escape closes the viewer only: not the supervision step's form, nor the task panel around it.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="image-viewer-bar">
        <span className="image-viewer-name">{attachment.name}</span>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('attachments:viewer.close')}
        </button>
      </div>
      {url && <img src={url} alt={attachment.name} className="image-viewer-image" />}
      {!url && !failed && <p className="muted">{t('loading')}</p>}
      {failed && (
        <p className="error" role="alert">
          {t('attachments:viewer.failed')}
        </p>
      )}
    </dialog>
  );
}
