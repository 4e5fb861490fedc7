import type { Page } from 'playwright-core';

/** How long another user's change may take to show: the issue asks for "within 2 seconds". */
export const LIVE_TIMEOUT = 2000;

/**
 * Polls a condition outside the page (usually the API) until it holds, and returns the last value seen:
 * the Node-side twin of Playwright's auto-waiting locators.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  holds: (value: T) => boolean,
  { timeout = 5000, interval = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!holds(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, interval));
    value = await probe();
  }
  return value;
}

/**
 * Gives something that must NOT happen a moment to happen anyway. The only fixed wait the specs use:
 * short, and only before asserting an absence.
 */
export function graceForWhatMustNotHappen(page: Page, ms = 700): Promise<void> {
  return page.waitForTimeout(ms);
}
