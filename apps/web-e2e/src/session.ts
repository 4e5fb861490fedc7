import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ApiClient } from '@duban/api/testing';

/** Where the web client keeps its access token (apps/web/src/auth/token-storage.ts). */
const TOKEN_STORAGE_KEY = 'duban.accessToken';

/** The window sizes stories use: a laptop by default, the desk and phone of the screenshots, an office wall. */
export const VIEWPORTS = {
  laptop: { width: 1280, height: 800 },
  desk: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
  wall: { width: 1920, height: 1080 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type BrowserLocale = 'en-US' | 'zh-CN';

/** A browser's window and language: a laptop in English unless the story asks otherwise (a phone has touch). */
export interface SessionOptions {
  size?: ViewportName;
  locale?: BrowserLocale;
}

function contextOptions({ size = 'laptop', locale = 'en-US' }: SessionOptions) {
  const phone = size === 'phone';
  return { viewport: VIEWPORTS[size], isMobile: phone, hasTouch: phone, locale };
}

/** One person's browser: a context of its own (own storage, own connection) with one tab. */
export class BrowserSession {
  /** Uncaught exceptions in the page: a story that "works" while the app throws is not a pass. */
  readonly pageErrors: Error[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.pageErrors.push(error));
  }

  /** A fresh profile with nobody signed in (the login page). */
  static async anonymous(browser: Browser, options: SessionOptions = {}): Promise<BrowserSession> {
    const context = await browser.newContext(contextOptions(options));
    return new BrowserSession(context, await context.newPage());
  }

  /**
   * A fresh profile already signed in as the API client's user, as the login page would leave it: the
   * login form itself is covered once, in board.browser-spec.ts, and factory users' passwords are the
   * factory's business.
   */
  static async signedIn(
    browser: Browser,
    user: ApiClient,
    options: SessionOptions = {},
  ): Promise<BrowserSession> {
    const context = await browser.newContext({
      ...contextOptions(options),
      storageState: {
        cookies: [],
        origins: [{ origin: user.baseUrl, localStorage: [{ name: TOKEN_STORAGE_KEY, value: user.token }] }],
      },
    });
    return new BrowserSession(context, await context.newPage());
  }

  /** Closes the context and fails if the page threw along the way. */
  async close(): Promise<void> {
    await this.context.close();
    if (this.pageErrors.length > 0) {
      throw new Error(`The page threw: ${this.pageErrors.map((error) => error.message).join('; ')}`);
    }
  }
}
