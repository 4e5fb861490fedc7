import { useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readMinutesFile } from './read-minutes-file';

interface MinutesSourceProps {
  text: string;
  /** Typing: the text only (the server is asked when the user says so). */
  onChange: (text: string) => void;
  /** A paste or a file read: the whole new text, and how it came. */
  onArrived: (text: string, how: 'paste' | 'file') => void;
  disabled?: boolean;
}

/**
 * The minutes: a large text area to paste into, which also takes a dropped .txt or .docx file, and a file
 * picker for the same. A pasted or read text is handed on whole (`onArrived`); typing is not, so a long
 * text never costs more per keystroke than the text area itself.
 */
export function MinutesSource({ text, onChange, onArrived, disabled }: MinutesSourceProps) {
  const { t } = useTranslation('minutesImport');
  const id = useId();
  const pasted = useRef(false);
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setReading(file.name);
    const result = await readMinutesFile(file);
    setReading(null);
    if (!result.ok) return setProblem(t(`source.${result.problem}`, { name: file.name }));
    onChange(result.text);
    onArrived(result.text, 'file');
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void read(event.dataTransfer.files[0]);
  };
  const describedBy = [`${id}-hint`, problem ? `${id}-problem` : ''].filter(Boolean).join(' ');

  return (
    <div
      className={dragging ? 'minutes-source minutes-source-dragging' : 'minutes-source'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <label htmlFor={`${id}-text`}>{t('source.label')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={12}
        placeholder={t('source.placeholder')}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        onPaste={() => {
          pasted.current = true;
        }}
        onChange={(event) => {
          onChange(event.target.value);
          if (pasted.current) onArrived(event.target.value, 'paste');
          pasted.current = false;
        }}
      />
      {dragging && (
        <p className="minutes-source-drop" aria-hidden="true">
          {t('source.dropHere')}
        </p>
      )}
      <div className="minutes-source-footer">
        <p id={`${id}-hint`} className="form-hint muted">
          {t('source.hint')}{' '}
          <span className="minutes-source-length">{t('source.length', { count: text.length })}</span>
        </p>
        <label className="button-secondary minutes-source-pick">
          {t('source.pick')}
          <input
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={disabled}
            onChange={(event) => {
              void read(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {reading && (
        <p className="muted" role="status">
          {t('source.reading', { name: reading })}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
