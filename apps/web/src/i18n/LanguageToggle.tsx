import type { UiLanguage } from '@duban/contracts';
import { useTranslation } from 'react-i18next';

/**
 * Switches between English and 简体中文; the choice is remembered in localStorage, and `onChosen` can keep
 * it elsewhere too (the signed-in user's preferences).
 */
export function LanguageToggle({ onChosen }: { onChosen?: (language: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button-secondary"
      lang={next}
      onClick={() => {
        void i18n.changeLanguage(next);
        onChosen?.(next);
      }}
    >
      {t('switchLanguage')}
    </button>
  );
}
