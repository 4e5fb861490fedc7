import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from './useMe';

/**
 * Applies the language the signed-in user saved (their preferences) once the API has said it: a saved
 * choice wins over the browser's language and over what this browser last showed.
 */
export function useSavedLanguage(): void {
  const { i18n } = useTranslation();
  const saved = useMe()?.preferences.language;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}
