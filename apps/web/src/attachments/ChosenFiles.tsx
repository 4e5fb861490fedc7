import { formatFileSize } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { AttachmentDropzone } from './AttachmentDropzone';
import './attachments.css';

interface ChosenFilesProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}

/**
 * Files chosen for a report or comment not yet posted: they are uploaded once it exists, with its id.
 */
export function ChosenFiles({ files, onChange, disabled = false }: ChosenFilesProps) {
  const { t } = useTranslation('attachments');
  return (
    <div className="chosen-files">
      <AttachmentDropzone compact disabled={disabled} onFiles={(added) => onChange([...files, ...added])} />
      {files.length > 0 && (
        <ul className="chosen-file-list" aria-label={t('chosen')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="chosen-file" data-testid="chosen-file">
              <span className="upload-name">{file.name}</span>
              <span className="muted">{formatFileSize(file.size)}</span>
              <button
                type="button"
                className="button-link"
                aria-label={t('unchooseNamed', { name: file.name })}
                onClick={() => onChange(files.filter((_file, at) => at !== index))}
              >
                {t('unchoose')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
