import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { ComplaintsStore, type NewComplaint } from './complaints.js';
import { complaintDeadline, isOverdue } from './complaint-desk.js';

const COMPLAINT: NewComplaint = {
  programmeCode: 'MZ-DB',
  programmeName: '城乡最低生活保障金',
  batchNumber: null,
  period: '202403',
  category: 'FRAUD',
  description: '本村有人已经去世两年，家属仍在领取低保金。',
  subjectIdNumber: '11010119500101001X',
  contactName: '王五',
  contactPhone: '13800138000',
  department: 'CIVIL_AFFAIRS',
};

const DAY = 86_400_000;
const MZ = { user: 'mz01', department: 'CIVIL_AFFAIRS' };

test('a complaint is due a configured number of days after it was received and is overdue only while open', () => {
  assert.equal(complaintDeadline('2024-03-01T02:00:00.000Z', 15), '2024-03-16T02:00:00.000Z');
  const now = new Date('2024-03-17T00:00:00.000Z');
  assert.equal(isOverdue({ status: 'IN_PROGRESS', submittedAt: '2024-03-01T02:00:00.000Z' }, 15, now), true);
  assert.equal(isOverdue({ status: 'CLOSED', submittedAt: '2024-03-01T02:00:00.000Z' }, 15, now), false);
  assert.equal(isOverdue({ status: 'RECEIVED', submittedAt: '2024-03-01T02:00:00.000Z' }, 30, now), false);
});

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the departments' handling of complaints on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: ThrowawayStore;
    let store: ComplaintsStore;
    let clock = Date.parse('2024-03-01T02:00:00.000Z');

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'complaint_desk');
      store = await ComplaintsStore.open(db.location, { now: () => new Date(clock) });
    });

    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    async function snapshot(trackingNumber: string) {
      return { record: await store.byTrackingNumber(trackingNumber), steps: await store.steps(trackingNumber) };
    }

    test('overdue complaints are listed first, oldest first, then open ones by deadline, then closed ones', async () => {
      clock = Date.parse('2024-01-01T02:00:00.000Z');
      const oldClosed = await store.submit({ ...COMPLAINT, department: 'HR' });
      clock += DAY;
      const overdueB = await store.submit({ ...COMPLAINT, department: 'HR' });
      clock -= 2 * DAY;
      const overdueA = await store.submit({ ...COMPLAINT, department: 'HR' });
      clock = Date.parse('2024-01-25T02:00:00.000Z');
      const fresh = await store.submit({ ...COMPLAINT, department: 'HR' });
      await store.submit({ ...COMPLAINT, department: 'DISABILITY' });
      const hr = { user: 'rs01', department: 'HR' };
      assert.ok('record' in (await store.desk.act(oldClosed.trackingNumber, hr, { kind: 'CLOSE', reply: '经核查，情况属实，已停发。' })));
      clock = Date.parse('2024-01-30T02:00:00.000Z');
      const listed = await store.desk.list('HR', { deadlineDays: 15 });
      assert.deepEqual(
        listed.map((c) => c.trackingNumber),
        [overdueA.trackingNumber, overdueB.trackingNumber, fresh.trackingNumber, oldClosed.trackingNumber],
      );
      assert.deepEqual(
        (await store.desk.list('HR', { deadlineDays: 15, overdueOnly: true })).map((c) => c.trackingNumber),
        [overdueA.trackingNumber, overdueB.trackingNumber],
      );
      // A longer deadline: nothing is overdue, so open ones come by deadline (received) and the closed one last.
      assert.deepEqual(
        (await store.desk.list('HR', { deadlineDays: 60 })).map((c) => c.trackingNumber),
        [overdueA.trackingNumber, overdueB.trackingNumber, fresh.trackingNumber, oldClosed.trackingNumber],
      );
      assert.deepEqual((await store.desk.list('HR', { deadlineDays: 15, status: 'CLOSED' })).map((c) => c.trackingNumber), [oldClosed.trackingNumber]);
    });

    test('a reply, a transfer and a close are each kept with the user, department and time, and change what the public sees', async () => {
      clock = Date.parse('2024-03-01T02:00:00.000Z');
      const saved = await store.submit(COMPLAINT);
      clock += 3600_000;
      const replied = await store.desk.act(saved.trackingNumber, MZ, { kind: 'REPLY', reply: '已受理，正在核查。' });
      assert.ok('record' in replied);
      assert.deepEqual([replied.record.status, replied.record.reply], ['IN_PROGRESS', '已受理，正在核查。']);
      clock += 3600_000;
      const moved = await store.desk.act(saved.trackingNumber, MZ, { kind: 'TRANSFER', toDepartment: 'HR', note: '涉及公益性岗位，由人社核查' });
      assert.ok('record' in moved);
      assert.deepEqual([moved.record.department, moved.record.status, moved.record.reply], ['HR', 'RECEIVED', '已受理，正在核查。']);
      clock += 3600_000;
      const closed = await store.desk.act(saved.trackingNumber, { user: 'rs07', department: 'HR' }, { kind: 'CLOSE', reply: '经核查情况属实，已停发并追回。' });
      assert.ok('record' in closed);
      assert.deepEqual((await store.steps(saved.trackingNumber)).map((s) => [s.step, s.byUser, s.byDepartment, s.at, s.reply, s.toDepartment, s.note]), [
        ['REPLY', 'mz01', 'CIVIL_AFFAIRS', '2024-03-01T03:00:00.000Z', '已受理，正在核查。', null, null],
        ['TRANSFER', 'mz01', 'CIVIL_AFFAIRS', '2024-03-01T04:00:00.000Z', null, 'HR', '涉及公益性岗位，由人社核查'],
        ['CLOSE', 'rs07', 'HR', '2024-03-01T05:00:00.000Z', '经核查情况属实，已停发并追回。', null, null],
      ]);
      const record = await store.byTrackingNumber(saved.trackingNumber);
      assert.deepEqual([record!.status, record!.reply, record!.updatedAt], ['CLOSED', '经核查情况属实，已停发并追回。', '2024-03-01T05:00:00.000Z']);
    });

    test('steps refused for another department, on a closed complaint, to the same department or closing without a reply write nothing', async () => {
      const saved = await store.submit(COMPLAINT);
      const before = await snapshot(saved.trackingNumber);
      assert.deepEqual(await store.desk.act(saved.trackingNumber, { user: 'rs01', department: 'HR' }, { kind: 'REPLY', reply: '不是我们的' }), {
        refused: 'ANOTHER_DEPARTMENT',
        department: 'CIVIL_AFFAIRS',
      });
      assert.deepEqual(await store.desk.act(saved.trackingNumber, MZ, { kind: 'TRANSFER', toDepartment: 'CIVIL_AFFAIRS', note: '自己' }), { refused: 'SAME_DEPARTMENT' });
      assert.deepEqual(await store.desk.act(saved.trackingNumber, MZ, { kind: 'CLOSE', reply: null }), { refused: 'NO_REPLY' });
      assert.deepEqual(await store.desk.act('TS20240301-ZZZZZZZZ', MZ, { kind: 'REPLY', reply: '答复' }), { refused: 'NO_SUCH_COMPLAINT' });
      assert.deepEqual(await snapshot(saved.trackingNumber), before);
      assert.ok('record' in (await store.desk.act(saved.trackingNumber, MZ, { kind: 'CLOSE', reply: '已办结。' })));
      const closed = await snapshot(saved.trackingNumber);
      assert.deepEqual(await store.desk.act(saved.trackingNumber, MZ, { kind: 'REPLY', reply: '再答复' }), { refused: 'CLOSED' });
      assert.deepEqual(await snapshot(saved.trackingNumber), closed);
    });
  });
}
