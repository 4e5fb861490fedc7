import { useTranslation } from 'react-i18next';

/** A paperclip, drawn inline like the comment bubble: emoji fonts are missing on some office machines. */
function PaperclipIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M10.5 3.2a2.2 2.2 0 0 0-3.1 0L3.1 7.5a3.5 3.5 0 0 0 5 5l4.3-4.3a.75.75 0 1 1 1.06 1.06l-4.3 4.3a5 5 0 0 1-7.07-7.07l4.3-4.3a3.7 3.7 0 0 1 5.23 5.23L7.3 11.7a2.2 2.2 0 0 1-3.1-3.1l3.9-3.9a.75.75 0 0 1 1.06 1.06l-3.9 3.9a.7.7 0 0 0 .99.99l4.3-4.3a2.2 2.2 0 0 0 0-3.1Z" />
    </svg>
  );
}

/** The card's file count (the paperclip), shown once a task has files; absent in events from before files. */
export function CardFilesBadge({ count = 0 }: { count?: number }) {
  const { t } = useTranslation('board');
  if (count === 0) return null;
  const label = t('card.files', { count });
  return (
    <span className="card-comments card-files" data-testid="card-files" title={label}>
      <PaperclipIcon />
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
