import { useAuth } from '../auth/useAuth';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { useLanguage } from '../i18n/useLanguage';

export function AppHeader() {
  const { messages } = useLanguage();
  const { token, signOut } = useAuth();
  return (
    <header className="app-header">
      <span className="app-title">{messages.appTitle}</span>
      <nav className="app-actions">
        <LanguageToggle />
        {token && (
          <button type="button" className="button-secondary" onClick={signOut}>
            {messages.signOut}
          </button>
        )}
      </nav>
    </header>
  );
}
