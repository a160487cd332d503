import { test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { ConfigError, loadConfig } from './config.js';

test('the workflow time limits default to 15 days for complaints, 7 days of announcement and the 25th for sending a batch', () => {
  assert.deepEqual(loadConfig({}).timeLimits, { complaintDays: 15, announcementDays: 7, batchSendDay: 25 });
  assert.deepEqual(
    loadConfig({ HUB_COMPLAINT_DEADLINE_DAYS: '10', HUB_ANNOUNCEMENT_DAYS: '5', HUB_BATCH_SEND_DEADLINE_DAY: '31' }).timeLimits,
    { complaintDays: 10, announcementDays: 5, batchSendDay: 31 },
  );
});

test('a time limit out of range is refused naming the variable', () => {
  assert.throws(
    () => loadConfig({ HUB_BATCH_SEND_DEADLINE_DAY: '32', HUB_COMPLAINT_DEADLINE_DAYS: '0' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.problems.some((p) => p.startsWith('HUB_BATCH_SEND_DEADLINE_DAY')) &&
      error.problems.some((p) => p.startsWith('HUB_COMPLAINT_DEADLINE_DAYS')),
  );
});
