import type { Browser, Page } from 'playwright-core';
import { ApiClient, Factory, startTestApp, type AppConfig, type TestApp } from '@duban/api/testing';
import { launchBrowser, WEB_DIST_DIR } from './browser';
import { BoardPage } from './pages/board-page';
import { BrowserSession, type SessionOptions } from './session';

/**
 * What a browser spec file's stories share: the built app on a fresh database, one Chromium, the
 * administrator (when the app has one) and a factory, and the people's browsers, closed after each story.
 */
export class BrowserSuite {
  testApp!: TestApp;
  browser!: Browser;
  /** Absent when the app starts without an administrator (the demo workspace). */
  admin!: ApiClient;
  factory!: Factory;
  private sessions: BrowserSession[] = [];

  /** A browser signed in as the user, closed (and checked for page errors) after the story. */
  async signIn(user: ApiClient, options: SessionOptions = {}): Promise<BrowserSession> {
    return this.track(await BrowserSession.signedIn(this.browser, user, options));
  }

  /** The page of the user's own browser at a size and in a language (see signIn). */
  async pageOf(user: ApiClient, options: SessionOptions = {}): Promise<Page> {
    return (await this.signIn(user, options)).page;
  }

  /** A browser nobody is signed in to, closed after the story. */
  async anonymous(): Promise<BrowserSession> {
    return this.track(await BrowserSession.anonymous(this.browser));
  }

  /** The user's browser on a board, live. */
  async openBoard(user: ApiClient, boardId: string): Promise<BoardPage> {
    const session = await this.signIn(user);
    return BoardPage.open(session.page, this.testApp.url, boardId);
  }

  /** Closes the session with the others after the story. */
  track(session: BrowserSession): BrowserSession {
    this.sessions.push(session);
    return session;
  }

  async start(overrides: Partial<AppConfig>): Promise<void> {
    [this.testApp, this.browser] = await Promise.all([
      startTestApp({ webDistDir: WEB_DIST_DIR, ...overrides }),
      launchBrowser(),
    ]);
    if (overrides.admin !== null) {
      this.admin = await ApiClient.loginAdmin(this.testApp.url);
      this.factory = new Factory(this.admin);
    }
  }

  async closeSessions(): Promise<void> {
    const closing = this.sessions;
    this.sessions = [];
    await Promise.all(closing.map((session) => session.close()));
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.testApp?.close();
  }
}

/** Call in the spec file's top `describe`: the suite is started before its first story. */
export function useBrowserSuite(overrides: Partial<AppConfig> = {}): BrowserSuite {
  const suite = new BrowserSuite();
  beforeAll(() => suite.start(overrides));
  afterEach(() => suite.closeSessions());
  afterAll(() => suite.stop());
  return suite;
}
