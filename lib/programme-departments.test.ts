import { test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { handlingDepartment, PROGRAMME_DEPARTMENTS } from './programme-departments.js';

test("a programme is handled by its responsible department when that department holds hub tokens, and by finance otherwise", () => {
  assert.deepEqual(
    Object.fromEntries(PROGRAMME_DEPARTMENTS.map((d) => [d, handlingDepartment(d)])),
    {
      FINANCE: 'FINANCE',
      CIVIL_AFFAIRS: 'CIVIL_AFFAIRS',
      HR: 'HR',
      DISABILITY: 'DISABILITY',
      AGRICULTURE: 'FINANCE',
      HEALTH: 'FINANCE',
      EDUCATION: 'FINANCE',
      VETERANS: 'FINANCE',
      UNRECOGNISED: 'FINANCE',
    },
  );
  assert.equal(handlingDepartment(null), 'FINANCE');
});
