/**
 * jest has no per-suite skip reason; these put the reason into the suite's name, so a run outside
 * CI without MariaDB or Chromium says plainly what it did not test instead of passing silently.
 */
import { describe, test } from '@jest/globals';

export interface SkipOption {
  /** false to run; a string saying why not to skip. */
  skip: false | string;
}

export function describeOrSkip(name: string, option: SkipOption, body: () => void): void {
  if (option.skip === false) describe(name, body);
  else describe.skip(`${name} [skipped: ${option.skip}]`, body);
}

export function testOrSkip(name: string, option: SkipOption, body: () => Promise<void> | void): void {
  if (option.skip === false) test(name, body);
  else test.skip(`${name} [skipped: ${option.skip}]`, body);
}
