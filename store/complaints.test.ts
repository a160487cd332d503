import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { ComplaintsStore, newTrackingNumber, publicStatus, type NewComplaint } from './complaints.js';
import { TRACKING_NUMBER } from '../lib/disclosure-input.js';

const COMPLAINT: NewComplaint = {
  programmeCode: 'MZ-DB',
  programmeName: '城乡最低生活保障金',
  batchNumber: 'PC610727202403MZDB01',
  period: '202403',
  category: 'FRAUD',
  description: '本村有人已经去世两年，家属仍在领取低保金。\n请核查。😀',
  subjectIdNumber: '61072719500101001X',
  contactName: '王五',
  contactPhone: '13800138000',
  department: 'CIVIL_AFFAIRS',
};

test('tracking numbers carry the Beijing date and eight characters without look-alikes', () => {
  const number = newTrackingNumber(new Date('2024-03-05T17:00:00.000Z'));
  assert.match(number, /^TS20240306-/);
  assert.match(number, TRACKING_NUMBER);
  const many = new Set(Array.from({ length: 1000 }, () => newTrackingNumber(new Date())));
  assert.equal(many.size, 1000);
});

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`complaints store on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: ComplaintsStore;

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'complaints');
      store = await ComplaintsStore.open(db.location, { now: () => new Date('2024-03-05T02:00:00.000Z') });
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    test('a complaint is kept whole, with its routing, and read back by tracking number', async () => {
      const saved = await store.submit(COMPLAINT);
      assert.match(saved.trackingNumber, TRACKING_NUMBER);
      const read = await store.byTrackingNumber(saved.trackingNumber);
      assert.deepEqual(read, { ...COMPLAINT, trackingNumber: saved.trackingNumber, status: 'RECEIVED', reply: null, submittedAt: '2024-03-05T02:00:00.000Z', updatedAt: '2024-03-05T02:00:00.000Z' });
    });

    test('the public view of a complaint has no description, ID number or contact', async () => {
      const saved = await store.submit(COMPLAINT);
      const view = publicStatus((await store.byTrackingNumber(saved.trackingNumber))!);
      assert.deepEqual(Object.keys(view).sort(), ['category', 'department', 'programmeName', 'reply', 'status', 'submittedAt', 'trackingNumber', 'updatedAt']);
    });

    test('the department sees its complaints and records its handling and reply, kept as a step', async () => {
      const saved = await store.submit({ ...COMPLAINT, department: 'DISABILITY' });
      assert.deepEqual((await store.desk.list('DISABILITY', { deadlineDays: 15 })).map((c) => c.trackingNumber), [saved.trackingNumber]);
      const result = await store.desk.act(saved.trackingNumber, { user: 'cl01', department: 'DISABILITY' }, { kind: 'CLOSE', reply: '经核查，情况属实，已停发并追回。' });
      assert.ok('record' in result);
      const closed = await store.byTrackingNumber(saved.trackingNumber);
      assert.equal(closed?.status, 'CLOSED');
      assert.equal(closed?.reply, '经核查，情况属实，已停发并追回。');
      assert.deepEqual((await store.steps(saved.trackingNumber)).map((s) => [s.step, s.byUser]), [['CLOSE', 'cl01']]);
    });

    test('an unknown tracking number is null, and one written in another case is not the same number', async () => {
      const saved = await store.submit(COMPLAINT);
      assert.equal(await store.byTrackingNumber('TS20240305-22222222'), null);
      assert.equal(await store.byTrackingNumber(saved.trackingNumber.toLowerCase()), null);
    });

    test('opening the store again keeps what is there', async () => {
      const saved = await store.submit(COMPLAINT);
      const again = await ComplaintsStore.open(db.location);
      try {
        assert.equal((await again.byTrackingNumber(saved.trackingNumber))?.description, COMPLAINT.description);
      } finally {
        await again.close();
      }
    });
  });
}
