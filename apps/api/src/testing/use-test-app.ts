import type { AppConfig } from '../config/app-config';
import { ApiClient, Factory } from './api-client';
import { startTestApp, type TestApp } from './test-app';

/** What a spec file's tests share: the app on its own fresh database, its administrator and a factory. */
export interface TestSuite {
  testApp: TestApp;
  admin: ApiClient;
  factory: Factory;
}

/** An app started without an administrator (`admin: null`, as in demo mode): nobody to sign in first. */
export type TestSuiteWithoutAdmin = Pick<TestSuite, 'testApp'>;

/**
 * Starts the app before the file's tests and closes it after them; `config` changes the test
 * configuration (`testConfig`). Call it in the top `describe` (or in a nested one, for an app of its own);
 * the returned object is filled in by the time the first test runs.
 */
export function useTestApp(config: Partial<AppConfig> & { admin: null }): TestSuiteWithoutAdmin;
export function useTestApp(config?: Partial<AppConfig>): TestSuite;
export function useTestApp(config: Partial<AppConfig> = {}): TestSuite | TestSuiteWithoutAdmin {
  const suite = {} as TestSuite;
  beforeAll(async () => {
    suite.testApp = await startTestApp(config);
    if (config.admin === null) return;
    suite.admin = await ApiClient.loginAdmin(suite.testApp.url);
    suite.factory = new Factory(suite.admin);
  });
  afterAll(() => suite.testApp?.close());
  return suite;
}
