import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_TIME_ZONE, isTimeZone, localDate, localDateTime, localWallClockDate } from './local-time.js';

describe("instants in the county's local time", () => {
  test('an instant in UTC reads as the wall-clock time of Asia/Shanghai, eight hours on', () => {
    assert.equal(localDateTime('2024-03-23T11:12:35.000Z', 'Asia/Shanghai'), '2024-03-23 19:12:35');
    assert.equal(localDateTime('2024-03-23T20:00:00Z', 'Asia/Shanghai'), '2024-03-24 04:00:00', 'past midnight is the next day');
    assert.equal(localDateTime('2024-03-23T19:12:35+08:00', 'Asia/Shanghai'), '2024-03-23 19:12:35');
  });

  test('another zone gives its own wall clock, summer time included', () => {
    assert.equal(localDateTime('2024-03-23T11:12:35.000Z', 'UTC'), '2024-03-23 11:12:35');
    assert.equal(localDateTime('2024-01-15T12:00:00Z', 'America/New_York'), '2024-01-15 07:00:00');
    assert.equal(localDateTime('2024-07-15T12:00:00Z', 'America/New_York'), '2024-07-15 08:00:00');
    assert.equal(localDateTime('2024-03-23T00:30:00Z', 'Asia/Kolkata'), '2024-03-23 06:00:00');
  });

  test('text that is not an instant is shown as it is, not as a wrong time', () => {
    assert.equal(localDateTime('not a time', 'Asia/Shanghai'), 'not a time');
    assert.equal(localWallClockDate('not a time', 'Asia/Shanghai'), null);
  });

  test('a spreadsheet date carries the wall-clock fields, since a spreadsheet cell has no zone', () => {
    const cell = localWallClockDate('2024-03-23T11:12:35.000Z', 'Asia/Shanghai')!;
    assert.equal(cell.toISOString(), '2024-03-23T19:12:35.000Z');
  });

  test("today's date is the county's, not the machine's", () => {
    const lateUtcEvening = new Date('2024-03-23T17:00:00Z');
    assert.equal(localDate(lateUtcEvening, 'Asia/Shanghai'), '2024-03-24');
    assert.equal(localDate(lateUtcEvening, 'UTC'), '2024-03-23');
  });

  test('HUB_TIMEZONE sets the zone, Asia/Shanghai by default; an unknown zone is a configuration error naming it', () => {
    assert.equal(DEFAULT_TIME_ZONE, 'Asia/Shanghai');
    assert.equal(loadConfig({}).client.timeZone, 'Asia/Shanghai');
    assert.equal(loadConfig({ HUB_TIMEZONE: ' Asia/Urumqi ' }).client.timeZone, 'Asia/Urumqi');
    assert.equal(isTimeZone('Mars/Olympus_Mons'), false);
    let problems: string[] = [];
    try {
      loadConfig({ HUB_TIMEZONE: 'Mars/Olympus_Mons' });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    assert.deepEqual(problems, ['HUB_TIMEZONE: must be a time zone name such as Asia/Shanghai or UTC']);
  });
});
