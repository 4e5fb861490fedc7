import { useDropzone } from 'react-dropzone';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES } from './accepted-files';

interface AttachmentDropzoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  /** A one-line box, for a report or comment form. */
  compact?: boolean;
}

/**
 * Drop files here or pick them (a real file input, so a phone offers its camera and files). A file the
 * picker's filter would not offer is still sent when dropped: the server reads its bytes and says why it
 * refuses it, in the upload's own row.
 */
export function AttachmentDropzone({ onFiles, disabled = false, compact = false }: AttachmentDropzoneProps) {
  const { t } = useTranslation('attachments');
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    accept: ACCEPTED_FILES,
    multiple: true,
    disabled,
    // The button opens the picker: a click on the box's text should not, and the keyboard reaches the button.
    noClick: true,
    noKeyboard: true,
    onDrop: (accepted, rejected) => onFiles([...accepted, ...rejected.map((rejection) => rejection.file)]),
  });

  return (
    <div
      {...getRootProps({
        className: `attachment-dropzone${compact ? ' attachment-dropzone-compact' : ''}${isDragActive ? ' attachment-dropzone-active' : ''}`,
      })}
      data-testid="attachment-dropzone"
    >
      {/* Together, so the input (in flow but of no size) adds no gap before the button. */}
      <span className="attachment-dropzone-pick">
        {/* Out of the tab order and of screen readers' way: the button is how a person reaches it. */}
        <input {...getInputProps()} aria-hidden="true" data-testid="attachment-input" />
        <button type="button" className="button-secondary" disabled={disabled} onClick={open}>
          {t('choose')}
        </button>
      </span>
      <span className="muted attachment-dropzone-hint">
        {isDragActive ? t('dropNow') : compact ? t('dropHintShort') : t('dropHint')}
      </span>
    </div>
  );
}
