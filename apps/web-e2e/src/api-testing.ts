/**
 * The API's own test helpers, which the browser specs use to start the server and to act as its users.
 * web-e2e is not a package of its own (it has no dependencies beyond the workspace's), so this file is
 * its one reach into apps/api: the specs import these from here, never from apps/api directly.
 */
export type { AppConfig } from '../../api/src/config/app-config';
export { ApiClient, Factory } from '../../api/src/testing/api-client';
export { tamperWith } from '../../api/src/testing/tamper';
export { startTestApp, type TestApp } from '../../api/src/testing/test-app';
