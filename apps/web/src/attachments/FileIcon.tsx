import type { AttachmentPresentation } from '@duban/contracts';

/** A page with its type written on it, for files without a thumbnail. */
export function FileIcon({ presentation }: { presentation: AttachmentPresentation }) {
  const word = presentation === 'pdf' ? 'PDF' : presentation === 'image' ? 'IMG' : 'FILE';
  return (
    <svg className="attachment-icon" viewBox="0 0 32 40" aria-hidden="true" focusable="false">
      <path
        d="M3 1h18l8 8v28a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2Z"
        className="attachment-icon-page"
      />
      <path d="M21 1v8h8" className="attachment-icon-fold" />
      <text x="15" y="30" textAnchor="middle" className="attachment-icon-word">
        {word}
      </text>
    </svg>
  );
}
