/**
 * The API's test kit for other packages (`@duban/api/testing`): start the real app on a fresh database and
 * act as its users. The browser specs (`@duban/web-e2e`) use it; the API's own specs import the files
 * directly.
 */
export type { AppConfig } from '../config/app-config';
export { ApiClient, Factory } from './api-client';
export { dropLiveSockets } from './drop-live-sockets';
export { tamperWith } from './tamper';
export { startTestApp, type TestApp } from './test-app';
export * from './sample-files';
