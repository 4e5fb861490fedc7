import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { safeLinks } from './evidence-links';

/** Saved evidence links, opened in a new tab that gets no handle on this page. */
export function EvidenceLinks({ links }: { links: readonly string[] }) {
  const { t } = useTranslation(['common', 'task']);
  const labelId = useId();
  const safe = safeLinks(links);
  return (
    <div className="task-field">
      <span id={labelId} className="task-field-label">
        {t('field.evidenceLinks')}
      </span>
      {safe.length === 0 ? (
        <p className="muted task-evidence-none">{t('task:none')}</p>
      ) : (
        <ul className="task-evidence-links" aria-labelledby={labelId}>
          {safe.map((link) => (
            <li key={link}>
              <a href={link} target="_blank" rel="noopener noreferrer">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
