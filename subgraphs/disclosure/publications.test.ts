import { test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { publicationsOf } from './publications.js';
import type { SourceIndexProgramme } from './sources.js';

function programme(code: string, sent: (string | null)[], overrides: Partial<SourceIndexProgramme> = {}): SourceIndexProgramme {
  return {
    code,
    name: code,
    department: 'CIVIL_AFFAIRS',
    eligibilityCondition: 'DIBAO',
    published: true,
    batches: sent.map((at, i) => ({ batchNumber: `${code}-${i}`, period: '202403', countyCode: '610727', status: at ? 'PAID' : 'APPROVED', sentToBankAt: at, lineCount: 10 })),
    ...overrides,
  } as SourceIndexProgramme;
}

test('a programme is published on the day its first batch was announced, and its latest batch says whether its window is open', () => {
  const now = new Date('2024-04-18T02:00:00.000Z');
  const [dibao] = publicationsOf([programme('MZ-DB', ['2024-03-15T02:00:00.000Z', '2024-04-15T02:00:00.000Z', null])], 7, now);
  assert.deepEqual(dibao, {
    programmeCode: 'MZ-DB',
    eligibilityCondition: 'DIBAO',
    qualifies: '城乡最低生活保障家庭成员',
    publishedOn: '2024-03-15',
    latestBatchNumber: 'MZ-DB-1',
    latestAnnouncementStart: '2024-04-15',
    latestAnnouncementEnd: '2024-04-21',
    announcementOpen: true,
  });
  const [later] = publicationsOf([programme('MZ-DB', ['2024-03-15T02:00:00.000Z', '2024-04-15T02:00:00.000Z'])], 7, new Date('2024-04-22T02:00:00.000Z'));
  assert.equal(later!.announcementOpen, false);
});

test('a programme none of whose batches has gone to the bank is not published yet, and unpublished programmes are left out', () => {
  const result = publicationsOf([programme('CL-HL', [null], { eligibilityCondition: null }), programme('X', ['2024-03-15T02:00:00.000Z'], { published: false })], 7, new Date());
  assert.deepEqual(
    result.map((p) => [p.programmeCode, p.publishedOn, p.latestBatchNumber, p.announcementOpen]),
    [['CL-HL', null, null, false]],
  );
});
