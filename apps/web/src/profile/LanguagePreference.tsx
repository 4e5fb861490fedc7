import { UI_LANGUAGES, type UiLanguage } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../auth/usePreferences';

const BROWSER = 'browser';

/** The language the user wants everywhere they sign in, or the browser's; applied at once and saved. */
export function LanguagePreference() {
  const { t, i18n } = useTranslation('profile');
  const { preferences, setPreferences } = usePreferences();
  const [saved, setSaved] = useState(false);
  const choose = (choice: UiLanguage | typeof BROWSER) => {
    const language = choice === BROWSER ? null : choice;
    setPreferences({ language });
    void i18n.changeLanguage(language ?? browserLanguage());
    setSaved(true);
  };
  const current = preferences.language ?? BROWSER;

  return (
    <section className="profile-card" aria-labelledby="profile-language-heading">
      <h2 id="profile-language-heading">{t('language.heading')}</h2>
      <fieldset className="profile-choices">
        <legend className="visually-hidden">{t('language.heading')}</legend>
        {[BROWSER, ...UI_LANGUAGES].map((choice) => (
          <label key={choice} lang={choice === BROWSER ? undefined : choice}>
            <input
              type="radio"
              name="language"
              value={choice}
              checked={current === choice}
              onChange={() => choose(choice as UiLanguage | typeof BROWSER)}
            />
            {t(`language.${choice as UiLanguage | typeof BROWSER}`)}
          </label>
        ))}
      </fieldset>
      {saved && (
        <p className="muted" role="status">
          {t('language.saved')}
        </p>
      )}
    </section>
  );
}

/** What the browser asks for, as one of ours: any Chinese is Simplified Chinese, anything else English. */
function browserLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
