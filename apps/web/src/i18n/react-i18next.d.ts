import 'i18next';
import type { resources } from './i18n';

// Typed keys: t('board:column.todo') is checked against the English strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
