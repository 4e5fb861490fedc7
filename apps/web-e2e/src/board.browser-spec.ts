import type { Browser, Page } from 'playwright-core';
import { ApiClient, Factory } from '../../api/src/testing/api-client';
import { startTestApp, type TestApp } from '../../api/src/testing/test-app';
import { launchBrowser, screenshotPath, WEB_DIST_DIR } from './browser';
import { BoardPage, LoginPage } from './pages';

describe('The board in a browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let admin: ApiClient;
  let factory: Factory;
  let page: Page;

  beforeAll(async () => {
    testApp = await startTestApp({ webDistDir: WEB_DIST_DIR });
    browser = await launchBrowser();
    admin = await ApiClient.loginAdmin(testApp.url);
    factory = new Factory(admin);
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterEach(() => page.close());

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('shows the API error for a wrong password', async () => {
    const login = new LoginPage(page);
    await login.open(testApp.url);
    await login.signIn('admin', 'wrong-password');
    expect(await login.errorText()).toContain('Wrong username or password');
  });

  it('shows a change made by someone else without a reload', async () => {
    const board = await factory.board({ title: 'Implementation of the 21 April decisions' });
    await factory.task(board.id, { title: 'Study the spirit of the speech' });
    const login = new LoginPage(page);
    await login.open(testApp.url);
    await login.signIn('admin', 'admin-password');
    const boardPage = new BoardPage(page);
    await boardPage.openFromList(board.title);
    await boardPage.waitUntilLive();
    await boardPage.card('Study the spirit of the speech').waitFor();

    const created = await factory.task(board.id, { title: 'Relocate industrial enterprises' });
    await boardPage.card('Relocate industrial enterprises').waitFor({ timeout: 2000 });
    await admin
      .post(`/api/tasks/${created.id}/move`, { status: 'in_review', afterTaskId: null, version: 1 })
      .expect(200);
    await boardPage
      .column(/Awaiting verification|待审核/)
      .getByText('Relocate industrial enterprises')
      .waitFor({ timeout: 2000 });

    await page.screenshot({ path: screenshotPath('board'), fullPage: true });
  });
});
