import { describe, test } from '@jest/globals';
import { Kind, parseValue } from 'graphql';
import assert from '../test-support/assert.js';
import { isIsoDateTime } from './dates.js';
import { BooleanListScalar, DateScalar, DateTimeScalar, HUB_SCALARS, NullableStringListScalar, StringListScalar } from './scalars.js';

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

describe('the list scalars of the screening columns', () => {
  test('a StringList is any array of strings, taken as it is', () => {
    const column = ['610727199001011234', '', '张三'];
    assert.equal(StringListScalar.parseValue(column), column);
    assert.deepEqual(StringListScalar.parseValue([]), []);
  });

  test('a wrong entry is refused by its index, and a value that is no list is refused as a whole', () => {
    assert.throws(() => StringListScalar.parseValue(['a', 'b', 7]), /entry 2 \(7\).*must be a string/);
    assert.throws(() => StringListScalar.parseValue(['a', null]), /entry 1 \(null\)/);
    assert.throws(() => StringListScalar.parseValue('a'), /cannot represent "a": it must be a list of a string/);
    assert.throws(() => BooleanListScalar.parseValue([true, 'false']), /entry 1 \("false"\).*true or false/);
  });

  test('a NullableStringList takes nulls among its strings, and nothing else', () => {
    assert.deepEqual(NullableStringListScalar.parseValue(['a', null, 'b']), ['a', null, 'b']);
    assert.throws(() => NullableStringListScalar.parseValue(['a', false]), /entry 1 \(false\)/);
  });

  test('a list literal in a document is read entry by entry, variables included, and checked alike', () => {
    const literal = (text: string) => parseValue(text);
    assert.deepEqual(StringListScalar.parseLiteral(literal('["a", "b"]')), ['a', 'b']);
    assert.deepEqual(NullableStringListScalar.parseLiteral(literal('["a", null, $v]'), { v: 'c' }), ['a', null, 'c']);
    assert.deepEqual(BooleanListScalar.parseLiteral(literal('[true, false]')), [true, false]);
    assert.throws(() => StringListScalar.parseLiteral(literal('["a", 1]')), /entry 1 \(1\)/);
    assert.throws(() => StringListScalar.parseLiteral(literal('"a"')), /must be a list/);
  });

  test('the gateway checks arguments against the list scalars too', () => {
    for (const scalar of [StringListScalar, NullableStringListScalar, BooleanListScalar]) assert.equal(HUB_SCALARS.get(scalar.name), scalar);
  });
});
