import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { UsageError } from './command.js';
import { calendarDate, instant, parseFlags, text } from './flags.js';

describe('date and instant flags', () => {
  const spec = { date: text(calendarDate), 'as-of': text(instant) };

  test('an impossible date is refused naming the flag, as the server would refuse it', () => {
    for (const [flag, value] of [['--date', '2024-02-31'], ['--as-of', '2024-02-31'], ['--as-of', '2024-02-31T00:00:00Z'], ['--as-of', 'not a date 1'], ['--as-of', '2024-03-01T25:00Z']] as const) {
      assert.throws(() => parseFlags([flag, value], spec), (error: Error) => error instanceof UsageError && error.message.startsWith(`${flag} must be`), `${flag} ${value}`);
    }
  });

  test('real dates and instants are taken as written', () => {
    const { values } = parseFlags(['--date', '2024-02-29', '--as-of', '2024-03-01T08:00:00+08:00'], spec);
    assert.deepEqual(values, { date: '2024-02-29', 'as-of': '2024-03-01T08:00:00+08:00' });
    assert.equal(parseFlags(['--as-of', '2024-03-01'], spec).values['as-of'], '2024-03-01');
  });
});
