import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { beijingDay, calendarView } from './calendar.js';
import type { DisbursementCalendarQuery } from './__generated__/operations.js';

type Batch = DisbursementCalendarQuery['publishedBatches'][number];
/** A batch as the disclosure service announces it: totals over 5 persons or more, withheld below. */
const batch = (programmeCode: string, batchNumber: string, sentToBankAt: string | null, persons: number, totalAmount: string, period = '202403'): Batch => ({
  batchNumber,
  programmeCode,
  period,
  countyCode: '610727',
  status: 'PAID',
  sentToBankAt,
  totals: persons >= 5 ? { lineCount: persons, personCount: persons, totalAmount } : null,
  totalsWithheld: persons === 0 ? 'NO_LINES' : persons < 5 ? 'FEWER_THAN_5_PERSONS' : null,
});

const DATA: DisbursementCalendarQuery = {
  programmes: [
    { code: 'MZ-DB', name: '城乡最低生活保障金', department: 'CIVIL_AFFAIRS' },
    { code: 'CL-HL', name: '重度残疾人护理补贴', department: 'DISABILITY' },
  ],
  publishedBatches: [
    batch('MZ-DB', 'DB-1', '2024-03-05T02:00:00.000Z', 40, '20000.10'),
    batch('MZ-DB', 'DB-2', '2024-03-05T15:59:00.000Z', 2, '1000.00'),
    batch('MZ-DB', 'DB-0', '2024-02-05T02:00:00.000Z', 40, '1.00', '202402'),
    batch('MZ-DB', 'DB-E', '2024-03-06T02:00:00.000Z', 0, '0.00'),
    batch('CL-HL', 'HL-1', '2024-03-05T03:00:00.000Z', 3, '300.00'),
    batch('CL-HL', 'HL-X', null, 9, '900.00'),
  ],
};

describe('今日发放', () => {
  test('the day is the Beijing calendar day: 16:00 UTC is already tomorrow', () => {
    assert.equal(beijingDay('2024-03-05T15:59:59.000Z'), '2024-03-05');
    assert.equal(beijingDay('2024-03-05T16:00:00.000Z'), '2024-03-06');
  });

  test('today’s batches are summed exactly per programme; a batch of fewer than 5 persons is counted but never added to a sum', () => {
    const view = calendarView(DATA, new Date('2024-03-05T10:00:00.000Z'));
    assert.equal(view.today, '2024-03-05');
    assert.deepEqual(view.todaySummary, {
      date: '2024-03-05',
      batchCount: 3,
      lineCount: 40,
      totalAmount: '20000.10',
      withheldBatches: 2,
      programmes: [
        { code: 'CL-HL', name: '重度残疾人护理补贴', department: 'DISABILITY', batchCount: 1, lineCount: 0, totalAmount: null, withheldBatches: 1, batchNumbers: ['HL-1'] },
        { code: 'MZ-DB', name: '城乡最低生活保障金', department: 'CIVIL_AFFAIRS', batchCount: 2, lineCount: 40, totalAmount: '20000.10', withheldBatches: 1, batchNumbers: ['DB-1', 'DB-2'] },
      ],
    });
    assert.equal(view.latestSummary?.date, '2024-02-05');
  });

  test('a batch with no lines paid nobody: its day is not a disbursement day', () => {
    const view = calendarView(DATA, new Date('2024-03-06T10:00:00.000Z'));
    assert.equal(view.todaySummary, null);
    assert.equal(view.latestSummary?.date, '2024-03-05');
  });

  test('on a day without batches there is no summary for today and the latest earlier day is given', () => {
    const view = calendarView(DATA, new Date('2024-04-01T00:00:00.000Z'));
    assert.equal(view.todaySummary, null);
    assert.equal(view.latestSummary?.date, '2024-03-05');
    assert.deepEqual(view.periods, ['202403', '202402']);
    assert.deepEqual(view.counties, ['610727']);
  });
});
