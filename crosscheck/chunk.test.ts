import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { compareLineIds } from '../lib/line-ids.js';

describe('line ids in order', () => {
  test('line ids compare as the numbers they are, canonical or not', () => {
    const ids = ['0', '1', '9', '10', '99', '100', '123456789012345678', '9223372036854775807', '007', '010', ' 5', '99999999999999999999'];
    const sign = (n: number) => Math.sign(n);
    for (const a of ids) {
      for (const b of ids) {
        const x = BigInt(a);
        const y = BigInt(b);
        assert.equal(sign(compareLineIds(a, b)), x < y ? -1 : x > y ? 1 : 0, `${a} against ${b}`);
      }
    }
  });
});
