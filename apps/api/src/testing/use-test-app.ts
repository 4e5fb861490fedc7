import { ApiClient, Factory } from './api-client';
import { startTestApp, type TestApp } from './test-app';

/** What a spec file's tests share: the app on its own fresh database, its administrator and a factory. */
export interface TestSuite {
  testApp: TestApp;
  admin: ApiClient;
  factory: Factory;
}

/**
 * Starts the app before the file's tests and closes it after them. Call it in the top `describe`; the
 * returned object is filled in by the time the first test runs.
 */
export function useTestApp(): TestSuite {
  const suite = {} as TestSuite;
  beforeAll(async () => {
    suite.testApp = await startTestApp();
    suite.admin = await ApiClient.loginAdmin(suite.testApp.url);
    suite.factory = new Factory(suite.admin);
  });
  afterAll(() => suite.testApp?.close());
  return suite;
}
