import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { beijingDay, calendarView } from './calendar.js';
import type { DisbursementCalendarQuery } from './__generated__/operations.js';

type Batch = DisbursementCalendarQuery['programmes'][number]['batches'][number];
const batch = (batchNumber: string, sentToBankAt: string | null, lineCount: number, totalAmount: string, period = '202403'): Batch => ({
  batchNumber,
  period,
  countyCode: '610727',
  status: 'PAID',
  sentToBankAt,
  lineCount,
  totalAmount,
});

const DATA: DisbursementCalendarQuery = {
  programmes: [
    {
      code: 'MZ-DB',
      name: '城乡最低生活保障金',
      department: 'CIVIL_AFFAIRS',
      batches: [batch('DB-1', '2024-03-05T02:00:00.000Z', 40, '20000.10'), batch('DB-2', '2024-03-05T15:59:00.000Z', 2, '1000.00'), batch('DB-0', '2024-02-05T02:00:00.000Z', 40, '1.00', '202402')],
    },
    { code: 'CL-HL', name: '重度残疾人护理补贴', department: 'DISABILITY', batches: [batch('HL-1', '2024-03-05T03:00:00.000Z', 3, '300.00'), batch('HL-X', null, 9, '900.00')] },
  ],
};

describe('今日发放', () => {
  test('the day is the Beijing calendar day: 16:00 UTC is already tomorrow', () => {
    assert.equal(beijingDay('2024-03-05T15:59:59.000Z'), '2024-03-05');
    assert.equal(beijingDay('2024-03-05T16:00:00.000Z'), '2024-03-06');
  });

  test('today’s batches are summed exactly per programme; a programme with fewer than 5 lines shows no amount', () => {
    const view = calendarView(DATA, new Date('2024-03-05T10:00:00.000Z'));
    assert.equal(view.today, '2024-03-05');
    assert.deepEqual(view.todaySummary, {
      date: '2024-03-05',
      batchCount: 3,
      lineCount: 45,
      totalAmount: '21300.10',
      programmes: [
        { code: 'CL-HL', name: '重度残疾人护理补贴', department: 'DISABILITY', batchCount: 1, lineCount: 3, totalAmount: null, batchNumbers: ['HL-1'] },
        { code: 'MZ-DB', name: '城乡最低生活保障金', department: 'CIVIL_AFFAIRS', batchCount: 2, lineCount: 42, totalAmount: '21000.10', batchNumbers: ['DB-1', 'DB-2'] },
      ],
    });
    assert.equal(view.latestSummary?.date, '2024-02-05');
  });

  test('on a day without batches there is no summary for today and the latest earlier day is given', () => {
    const view = calendarView(DATA, new Date('2024-04-01T00:00:00.000Z'));
    assert.equal(view.todaySummary, null);
    assert.equal(view.latestSummary?.date, '2024-03-05');
    assert.deepEqual(view.periods, ['202403', '202402']);
    assert.deepEqual(view.counties, ['610727']);
  });
});
