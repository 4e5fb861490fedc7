import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { importedCountOf } from './imported-notice-state';
import './minutes-import.css';

/**
 * "N tasks created from the minutes." on the board the import page came back to, until dismissed. The
 * count travels in the navigation's state, so a reload or a shared link does not repeat it.
 */
export function ImportedNotice() {
  const { t } = useTranslation('minutesImport');
  const location = useLocation();
  const navigate = useNavigate();
  const count = importedCountOf(location.state);
  if (count === null) return null;
  const dismiss = () =>
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  return (
    <p className="minutes-imported-notice" role="status" data-testid="minutes-imported">
      {t('created', { count })}{' '}
      <button type="button" className="button-secondary" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </p>
  );
}
