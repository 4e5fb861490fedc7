import { useLanguage } from './useLanguage';

export function LanguageToggle() {
  const { language, messages, setLanguage } = useLanguage();
  const next = language === 'en' ? 'zh-CN' : 'en';
  return (
    <button type="button" className="button-secondary" lang={next} onClick={() => setLanguage(next)}>
      {messages.switchLanguage}
    </button>
  );
}
