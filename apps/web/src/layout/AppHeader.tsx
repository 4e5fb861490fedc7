import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { NotificationCenter } from '../notifications/NotificationCenter';

export function AppHeader() {
  const { t } = useTranslation();
  const { token, signOut } = useAuth();
  return (
    <header className="app-header">
      <Link to="/boards" className="app-title">
        {t('appTitle')}
      </Link>
      <nav className="app-actions" aria-label="Account">
        {token && <NotificationCenter />}
        <LanguageToggle />
        {token && (
          <button type="button" className="button-secondary" onClick={signOut}>
            {t('signOut')}
          </button>
        )}
      </nav>
    </header>
  );
}
