/**
 * A real browser for end-to-end tests of the disclosure site: Debian's chromium (installed by
 * .ci/run) driven by playwright-core, headless.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { testEnv } from './env.js';

export const CHROMIUM_PATH = testEnv.chromiumPath;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For `describe(..., { skip })`: a reason when there is no browser to run. */
export function skipUnlessChromium(): false | string {
  return existsSync(CHROMIUM_PATH) ? false : `no chromium at ${CHROMIUM_PATH} (.ci/run installs it with apt)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
