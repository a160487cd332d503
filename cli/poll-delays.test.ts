import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { pollDelays } from './commands/crosscheck.js';

describe('how often the CLI asks about a running check', () => {
  test('the first ask comes after 25 ms and the waits double up to the ceiling', () => {
    const delay = pollDelays(500);
    assert.deepEqual(Array.from({ length: 8 }, delay), [25, 50, 100, 200, 400, 500, 500, 500]);
  });

  test('a ceiling below the first wait is the wait throughout, as --poll-ms 20 asks', () => {
    const delay = pollDelays(20);
    assert.deepEqual(Array.from({ length: 4 }, delay), [20, 20, 20, 20]);
  });
});
