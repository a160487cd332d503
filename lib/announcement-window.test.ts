import { test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { announcementWindow, beijingDate } from './announcement-window.js';
import { qualifiesZh, QUALIFIES_BY_POLICY } from './eligibility-conditions.js';

// Sent at 2024-03-15 23:30 Beijing time (15:30 UTC): the window opens on the 15th, Beijing's day.
const SENT = '2024-03-15T15:30:00.000Z';

test('the announcement window opens on the Beijing day a batch went to the bank and lasts the configured days', () => {
  assert.deepEqual(announcementWindow(SENT, 7, new Date('2024-03-15T16:30:00.000Z')), { start: '2024-03-15', end: '2024-03-21', open: true });
  assert.deepEqual(announcementWindow(SENT, 3, new Date('2024-03-01T00:00:00.000Z')), { start: '2024-03-15', end: '2024-03-17', open: false });
});

test('the window is open through its last Beijing day and closed the day after', () => {
  // 2024-03-21 23:59 Beijing.
  assert.equal(announcementWindow(SENT, 7, new Date('2024-03-21T15:59:00.000Z'))!.open, true);
  // 2024-03-22 00:01 Beijing.
  assert.equal(announcementWindow(SENT, 7, new Date('2024-03-21T16:01:00.000Z'))!.open, false);
  // Before it opens: 2024-03-15 07:00 Beijing is already the 15th, 2024-03-14 23:00 Beijing is not.
  assert.equal(announcementWindow(SENT, 7, new Date('2024-03-14T23:00:00.000Z'))!.open, true);
  assert.equal(announcementWindow(SENT, 7, new Date('2024-03-14T15:00:00.000Z'))!.open, false);
});

test('a batch not sent to the bank, or with an unreadable time, has no window', () => {
  assert.equal(announcementWindow(null, 7, new Date()), null);
  assert.equal(announcementWindow('not a time', 7, new Date()), null);
  assert.equal(beijingDate('2024-12-31T16:00:00.000Z'), '2025-01-01');
});

test('who qualifies is said in words for every known condition, and an unknown or missing one points to the policy basis', () => {
  assert.equal(qualifiesZh('DIBAO'), '城乡最低生活保障家庭成员');
  assert.equal(qualifiesZh(' AGE_80 '), '年满80周岁的老年人');
  assert.equal(qualifiesZh('SOMETHING_NEW'), QUALIFIES_BY_POLICY);
  assert.equal(qualifiesZh(null), QUALIFIES_BY_POLICY);
});
