import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import adminEn from './locales/en/admin.json';
import attachmentsEn from './locales/en/attachments.json';
import boardEn from './locales/en/board.json';
import boardSettingsEn from './locales/en/board-settings.json';
import bulletinEn from './locales/en/bulletin.json';
import boardsEn from './locales/en/boards.json';
import commonEn from './locales/en/common.json';
import dashboardEn from './locales/en/dashboard.json';
import historyEn from './locales/en/history.json';
import minutesEn from './locales/en/minutes.json';
import minutesImportEn from './locales/en/minutes-import.json';
import notificationsEn from './locales/en/notifications.json';
import profileEn from './locales/en/profile.json';
import tableEn from './locales/en/table.json';
import supervisionEn from './locales/en/supervision.json';
import taskEn from './locales/en/task.json';
import adminZh from './locales/zh-CN/admin.json';
import attachmentsZh from './locales/zh-CN/attachments.json';
import boardZh from './locales/zh-CN/board.json';
import boardSettingsZh from './locales/zh-CN/board-settings.json';
import bulletinZh from './locales/zh-CN/bulletin.json';
import boardsZh from './locales/zh-CN/boards.json';
import commonZh from './locales/zh-CN/common.json';
import dashboardZh from './locales/zh-CN/dashboard.json';
import historyZh from './locales/zh-CN/history.json';
import minutesZh from './locales/zh-CN/minutes.json';
import minutesImportZh from './locales/zh-CN/minutes-import.json';
import notificationsZh from './locales/zh-CN/notifications.json';
import profileZh from './locales/zh-CN/profile.json';
import tableZh from './locales/zh-CN/table.json';
import supervisionZh from './locales/zh-CN/supervision.json';
import taskZh from './locales/zh-CN/task.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One namespace per feature folder, so each feature owns its strings. Terms follow shared/GLOSSARY.md. */
export const resources = {
  en: {
    common: commonEn,
    board: boardEn,
    task: taskEn,
    table: tableEn,
    supervision: supervisionEn,
    notifications: notificationsEn,
    history: historyEn,
    boardSettings: boardSettingsEn,
    boards: boardsEn,
    admin: adminEn,
    profile: profileEn,
    dashboard: dashboardEn,
    bulletin: bulletinEn,
    minutes: minutesEn,
    minutesImport: minutesImportEn,
    attachments: attachmentsEn,
  },
  'zh-CN': {
    common: commonZh,
    board: boardZh,
    task: taskZh,
    table: tableZh,
    supervision: supervisionZh,
    notifications: notificationsZh,
    history: historyZh,
    boardSettings: boardSettingsZh,
    boards: boardsZh,
    admin: adminZh,
    profile: profileZh,
    dashboard: dashboardZh,
    bulletin: bulletinZh,
    minutes: minutesZh,
    minutesImport: minutesImportZh,
    attachments: attachmentsZh,
  },
} as const;

export const LANGUAGE_STORAGE_KEY = 'duban.language';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    // "zh", "zh-TW", "zh-Hans" browsers all get Simplified Chinese.
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    ns: [
      'common',
      'board',
      'task',
      'table',
      'supervision',
      'notifications',
      'history',
      'boardSettings',
      'boards',
      'admin',
      'profile',
      'dashboard',
      'bulletin',
      'minutes',
      'minutesImport',
    ],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: (language: string) =>
        language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
    },
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
