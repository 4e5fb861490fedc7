import { useTranslation } from 'react-i18next';

/** "Could not load: <why>" with a button to try again, for a query that failed. */
export function LoadFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <p className="error" role="alert">
      {`${t('loadFailed')}: ${error.message}`}{' '}
      <button type="button" className="button-secondary" onClick={onRetry}>
        {t('retry')}
      </button>
    </p>
  );
}
