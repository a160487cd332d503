import { describe, test } from '@jest/globals';
import { Kind } from 'graphql';
import assert from '../test-support/assert.js';
import { isIsoDateTime } from './dates.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

describe('the Date and DateTime scalars', () => {
  test('a Date is a real calendar date written YYYY-MM-DD, nothing rolled over or guessed', () => {
    assert.equal(DateScalar.parseValue('2024-02-29'), '2024-02-29');
    for (const bad of ['2024-02-31', '2023-02-29', 'not a date', '2024-3-1', '20240301', '', ' 2024-03-01', 20240301, null, {}]) {
      assert.throws(() => DateScalar.parseValue(bad), /Date cannot represent/, String(bad));
    }
    assert.throws(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20240301' }), /Date cannot represent 20240301/);
  });

  test('a DateTime is a real date with a real time of day, or a date alone', () => {
    for (const good of ['2024-03-01', '2024-03-01T08:00:00Z', '2024-03-01T08:00:00.123Z', '2024-03-01T16:00+08:00', '2024-02-29T23:59:59-05:30', '2025-01-01T00:00:00.000Z']) {
      assert.equal(DateTimeScalar.parseValue(good), good);
      assert.ok(isIsoDateTime(good), good);
    }
    // Date.parse takes every one of these (2024-02-31 as 2 March, "not a date 1" as 2001).
    for (const bad of ['2024-02-31', '2024-02-31T00:00:00Z', 'not a date', 'not a date 1', '1', '2024-03-01T24:00:00Z', '2024-03-01T10:60Z', '2024-03-01 08:00:00', '2024-03-01T08:00:00+25:00']) {
      assert.ok(!isIsoDateTime(bad), bad);
      assert.throws(() => DateTimeScalar.parseValue(bad), /DateTime cannot represent/, bad);
    }
  });

  test('a refused value is quoted bounded, never whole when huge', () => {
    assert.throws(() => DateScalar.parseValue('9'.repeat(100_000)), (error: Error) => error.message.length < 300 && /…\(100000 characters\)/.test(error.message));
  });
});
