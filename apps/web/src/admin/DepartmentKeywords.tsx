import { useTranslation } from 'react-i18next';
import './department-keywords.css';

/** A department's keywords for minutes import, as chips under its name; "No keywords" when it has none. */
export function DepartmentKeywords({ keywords }: { keywords: readonly string[] }) {
  const { t } = useTranslation('minutes');
  if (keywords.length === 0) return <p className="muted department-keywords">{t('keywords.none')}</p>;
  return (
    <ul className="department-keywords" aria-label={t('keywords.field')} data-testid="department-keywords">
      {keywords.map((keyword) => (
        <li key={keyword} className="department-keyword">
          {keyword}
        </li>
      ))}
    </ul>
  );
}
