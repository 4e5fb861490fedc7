import type { Page } from 'playwright-core';

/** How long another user's change may take to show: the issue asks for "within 2 seconds". */
export const LIVE_TIMEOUT = 2000;

/**
 * Polls a condition outside the page (usually the API) until it holds, and returns the value that held:
 * the Node-side twin of Playwright's auto-waiting locators. Throws, naming the last value seen, when the
 * condition still fails at the deadline, so a call whose result is ignored still asserts.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  holds: (value: T) => boolean,
  { timeout = 5000, interval = 100 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await probe();
  while (!holds(value)) {
    if (Date.now() >= deadline) {
      throw new Error(
        `eventually: the condition still fails after ${timeout} ms; last value seen: ${describe(value)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
    value = await probe();
  }
  return value;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Gives something that must NOT happen a moment to happen anyway. The only fixed wait the specs use:
 * short, and only before asserting an absence.
 */
export function graceForWhatMustNotHappen(page: Page, ms = 700): Promise<void> {
  return page.waitForTimeout(ms);
}

/**
 * Lets the page render and lay out what the last input changed (two animation frames), as a person's next
 * key press would: dnd-kit measures the columns in the frames after a pick-up or a step, and a key pressed
 * in the same frame finds nowhere to go.
 */
export async function afterNextFrames(page: Page): Promise<void> {
  // A string: this runs in the page, whose DOM types the specs do not compile against.
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}
