import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LanguageContext } from './language-context';
import { LANGUAGES, MESSAGES, type Language } from './messages';

const STORAGE_KEY = 'duban.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  const match = LANGUAGES.find((language) => language === stored);
  if (match) return match;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(() => ({ language, messages: MESSAGES[language], setLanguage }), [language]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
