import { describe, test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import type { FindingActionRecord } from '../../store/finding-actions.js';
import type { LatestReview } from '../../store/follow-up-findings.js';
import { dueOfRule, isConfirmed, lineDue } from './due.js';

function action(kind: FindingActionRecord['action']): FindingActionRecord {
  return { id: '1', findingId: '1', lineId: '1', rule: 'DECEASED', action: kind, stopFromPeriod: null, note: '', department: 'CIVIL_AFFAIRS', actedBy: 'mz', actedAt: '2024-04-01T00:00:00Z' };
}

function review(decision: LatestReview['decision']): LatestReview {
  return { lineId: '1', rule: 'DECEASED', findingId: '1', decision, reviewedAt: '2024-04-01T00:00:00Z' };
}

describe('when a finding is confirmed and what a line owes back', () => {
  test("the department's 停发 confirms and its 核实无误 never does, whatever finance's review says", () => {
    assert.equal(isConfirmed(action('STOP'), review('DISMISSED')), true);
    assert.equal(isConfirmed(action('VERIFIED'), review('CONFIRMED')), false);
  });

  test('with no action, or a correction, the latest review decides', () => {
    assert.equal(isConfirmed(undefined, review('CONFIRMED')), true);
    assert.equal(isConfirmed(action('CORRECTED'), review('CONFIRMED')), true);
    assert.equal(isConfirmed(action('CORRECTED'), undefined), false);
    assert.equal(isConfirmed(undefined, review('DISMISSED')), false);
  });

  test('an amount above the standard owes the part above it, to the fen; other rules the whole line', () => {
    assert.equal(dueOfRule('AMOUNT_ABOVE_STANDARD', 61001, 60000), 1001);
    assert.equal(dueOfRule('AMOUNT_ABOVE_STANDARD', 61001, null), 0);
    assert.equal(dueOfRule('DUPLICATE_PAYMENT', 61001, 60000), 61001);
    assert.equal(dueOfRule('DECEASED', 33, 60000), 33);
  });

  test('a line is paid back once: the rule asking the most sets its due, and a line not paid out owes nothing', () => {
    assert.deepEqual(lineDue(['AMOUNT_ABOVE_STANDARD', 'IN_CUSTODY'], 61001, 60000, 'CREDITED'), { rule: 'IN_CUSTODY', dueFen: 61001 });
    assert.deepEqual(lineDue(['AMOUNT_ABOVE_STANDARD'], 61001, 60000, 'CREDITED'), { rule: 'AMOUNT_ABOVE_STANDARD', dueFen: 1001 });
    assert.deepEqual(lineDue(['DECEASED', 'IN_CUSTODY'], 500, null, 'CREDITED'), { rule: 'DECEASED', dueFen: 500 });
    assert.deepEqual(lineDue(['DECEASED'], 500, null, 'FAILED'), { rule: 'DECEASED', dueFen: 0 });
    assert.deepEqual(lineDue(['DECEASED'], 500, null, 'PENDING'), { rule: 'DECEASED', dueFen: 0 });
    assert.deepEqual(lineDue(['DECEASED'], 500, null, null), { rule: 'DECEASED', dueFen: 500 });
  });
});
