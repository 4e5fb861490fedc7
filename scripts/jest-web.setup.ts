import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import '../apps/web/src/i18n/i18n';

// jsdom lacks them, and react-router needs them at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });
