import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run), or CHROMIUM_PATH. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path): path is string => Boolean(path && existsSync(path)),
  );
}

/** Flags that keep headless Chromium off the network and quiet on these machines. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it with `apt-get install -y chromium`');
  return chromium.launch({
    executablePath,
    headless: true,
    // launch() gives every browser a fresh temporary profile of its own.
    args: CHROMIUM_ARGS,
  });
}

/** The built web client the specs load; `WEB_DIST_DIR` points elsewhere (e.g. a build of one's own while others build too). */
export const WEB_DIST_DIR = process.env.WEB_DIST_DIR ?? resolve(__dirname, '../../web/dist');
export const SCREENSHOT_DIR = resolve(__dirname, '../../../screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
