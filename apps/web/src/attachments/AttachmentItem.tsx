import { attachmentPresentation, formatFileSize, type AttachmentView } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { useToken } from '../auth/useAuth';
import { TimeAgo } from '../ui/TimeAgo';
import { FileIcon } from './FileIcon';
import { ImageViewer } from './ImageViewer';
import { openAttachment } from './open-attachment';
import { useAttachmentUrl } from './useAttachmentUrl';

interface AttachmentItemProps {
  attachment: AttachmentView;
  /** Offered only when the rules allow it (the remover's rights, the task not frozen). */
  onRemove?: () => void;
  removing?: boolean;
}

/**
 * One file: an image as its thumbnail (opened in the viewer), a PDF opened in a new tab, anything else
 * saved under its name; then its size, who added it and when.
 */
export function AttachmentItem({ attachment, onRemove, removing = false }: AttachmentItemProps) {
  const { t } = useTranslation('attachments');
  const token = useToken();
  const { userName } = useDirectory();
  const [viewing, setViewing] = useState(false);
  const [failed, setFailed] = useState(false);
  const presentation = attachmentPresentation(attachment.contentType);

  const open = () => {
    setFailed(false);
    if (presentation === 'image') setViewing(true);
    else openAttachment(token, attachment).catch(() => setFailed(true));
  };
  const openLabel = t(`open.${presentation}`, { name: attachment.name });

  return (
    <li className="attachment" data-testid="attachment" data-presentation={presentation}>
      {/* For the mouse and the finger: the name below is the same control for the keyboard and screen readers. */}
      <button
        type="button"
        className="attachment-preview"
        title={openLabel}
        tabIndex={-1}
        aria-hidden="true"
        onClick={open}
      >
        {attachment.hasThumbnail ? (
          <Thumbnail attachment={attachment} />
        ) : (
          <FileIcon presentation={presentation} />
        )}
      </button>
      <div className="attachment-info">
        <button type="button" className="button-link attachment-name" title={openLabel} onClick={open}>
          {attachment.name}
        </button>
        <span className="attachment-meta">
          <span>{formatFileSize(attachment.size)}</span>
          <span>{userName(attachment.createdById)}</span>
          <TimeAgo at={attachment.createdAt} />
        </span>
        {failed && (
          <span className="error" role="alert">
            {t('openFailed')}
          </span>
        )}
      </div>
      {onRemove && (
        <button
          type="button"
          className="button-link attachment-remove"
          disabled={removing}
          aria-label={t('remove', { name: attachment.name })}
          onClick={onRemove}
        >
          {t('removeShort')}
        </button>
      )}
      {viewing && <ImageViewer attachment={attachment} onClose={() => setViewing(false)} />}
    </li>
  );
}

function Thumbnail({ attachment }: { attachment: AttachmentView }) {
  const { url, failed } = useAttachmentUrl(attachment.id, 'thumbnail');
  if (failed) return <FileIcon presentation="image" />;
  // The box keeps its size while the thumbnail loads, so the list does not jump.
  return url ? (
    <img src={url} alt="" className="attachment-thumbnail" data-testid="attachment-thumbnail" />
  ) : (
    <span className="attachment-thumbnail" />
  );
}
