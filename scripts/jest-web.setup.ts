import '@testing-library/jest-dom';
import '../apps/web/src/i18n/i18n';
