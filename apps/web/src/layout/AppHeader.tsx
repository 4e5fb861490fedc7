import { canAdminister } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { useMe } from '../auth/useMe';
import { usePreferences } from '../auth/usePreferences';
import { useSavedLanguage } from '../auth/useSavedLanguage';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { NotificationCenter } from '../notifications/NotificationCenter';
import './app-header.css';

export function AppHeader() {
  const { t } = useTranslation();
  const { token, signOut } = useAuth();
  return (
    <header className="app-header">
      <Link to="/boards" className="app-title">
        {t('appTitle')}
      </Link>
      <nav className="app-actions" aria-label="Account">
        {token ? <SignedInLinks /> : <LanguageToggle />}
        {token && (
          <button type="button" className="button-secondary" onClick={signOut}>
            {t('signOut')}
          </button>
        )}
      </nav>
    </header>
  );
}

/**
 * For the signed-in user: notifications, the dashboard (驾驶舱), 系统管理 (administrators), their name to
 * /profile, the language.
 */
function SignedInLinks() {
  const { t } = useTranslation(['admin', 'profile', 'dashboard']);
  const me = useMe();
  const { setPreferences } = usePreferences();
  useSavedLanguage();
  return (
    <>
      <NotificationCenter />
      <NavLink to="/dashboard" className="app-link" end>
        {t('dashboard:link')}
      </NavLink>
      {me && canAdminister(me) && (
        <NavLink to="/admin" className="app-link">
          {t('admin:link')}
        </NavLink>
      )}
      {me && (
        <NavLink to="/profile" className="app-link app-user-link" title={t('profile:link')}>
          {me.displayName}
        </NavLink>
      )}
      <LanguageToggle onChosen={(language) => setPreferences({ language })} />
    </>
  );
}
