import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunRecord } from '../store/runs.js';
import { checkBatchDuties, sendDeadline, type BatchDutyFacts } from './duties.js';
import { checkRunBatches } from './duty-run.js';
import { UNRECORDED_BATCH_FIELDS } from '../adapters/finance/batch-duties.js';

const NOW = new Date('2024-05-10T00:00:00Z');
const OPTIONS = { deadlineDay: 25, now: NOW };

function batch(overrides: Partial<BatchDutyFacts> = {}): BatchDutyFacts {
  return {
    batchNumber: 'PC610727202403MZDB01',
    period: '202403',
    status: 'PAID',
    enteredBy: 'clerk01',
    approvedBy: 'chief02',
    approvedAt: '2024-03-10T02:00:00.000Z',
    sentToBankAt: '2024-03-15T02:00:00.000Z',
    unrecordedFields: [],
    ...overrides,
  };
}

const outcomes = (b: BatchDutyFacts, options = OPTIONS) => Object.fromEntries(checkBatchDuties(b, options).map((f) => [f.check, f.outcome]));

describe('checks of duties and timing on a batch', () => {
  test('a batch entered and approved by different users, approved before it was sent and sent in time passes every check', () => {
    assert.deepEqual(outcomes(batch()), { SAME_USER_ENTERED_AND_APPROVED: 'PASSED', SENT_BEFORE_APPROVAL: 'PASSED', SENT_AFTER_DEADLINE: 'PASSED' });
  });

  test('the same user entering and approving is flagged, whatever the case and padding of the user id', () => {
    const [finding] = checkBatchDuties(batch({ enteredBy: 'Clerk01 ', approvedBy: 'clerk01' }), OPTIONS);
    assert.equal(finding!.outcome, 'FLAGGED');
    assert.match(finding!.evidence, /同一用户（clerk01）/);
  });

  test('a batch sent to the bank with no approver on record is flagged as sent before approval', () => {
    const findings = checkBatchDuties(batch({ approvedBy: null, approvedAt: null }), OPTIONS);
    assert.equal(findings[1]!.outcome, 'FLAGGED');
    assert.match(findings[1]!.evidence, /没有审核人/);
    // Who approved cannot be compared with who entered: that check cannot be made, not passed.
    assert.equal(findings[0]!.outcome, 'CANNOT_BE_CHECKED');
    assert.equal(findings[0]!.missingField, 'approvedBy');
  });

  test('approval after sending is flagged when the approval time is recorded', () => {
    const findings = checkBatchDuties(batch({ approvedAt: '2024-03-16T02:00:00.000Z' }), OPTIONS);
    assert.equal(findings[1]!.outcome, 'FLAGGED');
  });

  test('without a recorded approval time the order of approval and sending cannot be checked, naming the field', () => {
    const findings = checkBatchDuties(batch({ approvedAt: null, unrecordedFields: ['approvedAt'] }), OPTIONS);
    assert.equal(findings[1]!.outcome, 'CANNOT_BE_CHECKED');
    assert.equal(findings[1]!.missingField, 'approvedAt');
    assert.match(findings[1]!.evidence, /^无法核查：缺少审核时间（approvedAt），一卡通系统的批次表不记录该项/);
  });

  test('the one-card system as the adapter maps it does not record the approval time', () => {
    assert.deepEqual([...UNRECORDED_BATCH_FIELDS], ['approvedAt']);
  });

  test('a batch sent after the deadline day of its period, Beijing time, is flagged; one sent on the day is not', () => {
    // 2024-03-25 23:30 Beijing is still the 25th.
    assert.equal(outcomes(batch({ sentToBankAt: '2024-03-25T15:30:00.000Z' })).SENT_AFTER_DEADLINE, 'PASSED');
    // 2024-03-26 00:30 Beijing is the 26th.
    const late = checkBatchDuties(batch({ sentToBankAt: '2024-03-25T16:30:00.000Z' }), OPTIONS)[2]!;
    assert.equal(late.outcome, 'FLAGGED');
    assert.match(late.evidence, /2024-03-26 00:30，晚于发放期限 2024-03-25/);
    assert.equal(outcomes(batch({ sentToBankAt: '2024-03-20T02:00:00.000Z' }), { deadlineDay: 15, now: NOW }).SENT_AFTER_DEADLINE, 'FLAGGED');
  });

  test('the deadline day falls back to the last day of a shorter month', () => {
    assert.equal(sendDeadline('202402', 31)!.date, '2024-02-29');
    assert.equal(sendDeadline('202302', 30)!.date, '2023-02-28');
    assert.equal(sendDeadline('202413', 25), null);
  });

  test('a batch not yet sent is flagged once its deadline has passed and not before', () => {
    const unsent = batch({ status: 'APPROVED', sentToBankAt: null });
    assert.equal(outcomes(unsent).SENT_AFTER_DEADLINE, 'FLAGGED');
    assert.equal(outcomes(unsent, { deadlineDay: 25, now: new Date('2024-03-20T00:00:00Z') }).SENT_AFTER_DEADLINE, 'PASSED');
    assert.equal(outcomes(unsent).SENT_BEFORE_APPROVAL, 'PASSED');
  });

  test('a batch whose status says it was sent but has no sending time cannot be checked for timing', () => {
    const [, , timing] = checkBatchDuties(batch({ sentToBankAt: null }), OPTIONS);
    assert.equal(timing!.outcome, 'CANNOT_BE_CHECKED');
    assert.equal(timing!.missingField, 'sentToBankAt');
  });

  test('an unreadable period cannot be checked for timing, naming the period', () => {
    const [, , timing] = checkBatchDuties(batch({ period: '2024-3' }), OPTIONS);
    assert.deepEqual([timing!.outcome, timing!.missingField], ['CANNOT_BE_CHECKED', 'period']);
  });

  test('a drafted batch is neither approved nor sent: nothing to flag before its deadline', () => {
    const drafted = batch({ status: 'DRAFTED', approvedBy: null, approvedAt: null, sentToBankAt: null });
    assert.deepEqual(outcomes(drafted, { deadlineDay: 25, now: new Date('2024-03-01T00:00:00Z') }), {
      SAME_USER_ENTERED_AND_APPROVED: 'PASSED',
      SENT_BEFORE_APPROVAL: 'PASSED',
      SENT_AFTER_DEADLINE: 'PASSED',
    });
  });
});

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`batch findings kept with the run on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: CrosscheckStore;
    let run: RunRecord;

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'batch_duties');
      store = await CrosscheckStore.open(db.location);
      run = await store.runs.create({
        scope: { kind: 'BATCHES', batchNumber: null, programmeCode: null, period: '202403', batchNumbers: ['PCA', 'PCB', 'PCC'], eligibilityCondition: null },
        startedBy: 'u1',
        at: NOW.toISOString(),
        linesTotal: 0,
      });
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    test("a run's batches are checked, the findings kept, and a batch finance does not know is not checked rather than passed", async () => {
      const facts = [
        batch({ batchNumber: 'PCA', enteredBy: 'same', approvedBy: 'same', unrecordedFields: ['approvedAt'], approvedAt: null }),
        batch({ batchNumber: 'PCB', unrecordedFields: ['approvedAt'], approvedAt: null }),
        batch({ batchNumber: 'OTHER' }),
      ];
      await checkRunBatches(run, store, async (period) => (period === '202403' ? facts : []), { deadlineDay: 25, now: () => NOW });
      const kept = await store.batchFindings.ofRun(run.id);
      assert.deepEqual(
        kept.map((f) => [f.batchNumber, f.check, f.outcome, f.missingField]),
        [
          ['PCA', 'SAME_USER_ENTERED_AND_APPROVED', 'FLAGGED', null],
          ['PCA', 'SENT_BEFORE_APPROVAL', 'CANNOT_BE_CHECKED', 'approvedAt'],
          ['PCB', 'SENT_BEFORE_APPROVAL', 'CANNOT_BE_CHECKED', 'approvedAt'],
          ['PCC', 'SAME_USER_ENTERED_AND_APPROVED', 'NOT_CHECKED', null],
          ['PCC', 'SENT_BEFORE_APPROVAL', 'NOT_CHECKED', null],
          ['PCC', 'SENT_AFTER_DEADLINE', 'NOT_CHECKED', null],
        ],
      );
      assert.equal((await store.batchFindings.ofRun(run.id, { includePassed: true })).length, 9);
    });

    test('finance failing leaves every check of every batch not checked, and a second check replaces the first', async () => {
      await checkRunBatches(run, store, async () => Promise.reject(new Error('connect ECONNREFUSED')), { deadlineDay: 25, now: () => NOW });
      const kept = await store.batchFindings.ofRun(run.id, { includePassed: true });
      assert.equal(kept.length, 9);
      assert.ok(kept.every((f) => f.outcome === 'NOT_CHECKED' && /财政部门暂时无法查询/.test(f.evidence)));
    });
  });
}
