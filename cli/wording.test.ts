import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { PassThrough } from 'node:stream';
import { counted, nounFor, pluralOf } from './wording.js';
import { progressReporter } from './progress.js';
import { summaryText, type ReportRun } from './crosscheck-report.js';

describe('counts in English sentences', () => {
  test('one is singular; none and many are plural, grouped by thousands', () => {
    assert.equal(counted(1, 'payment line'), '1 payment line');
    assert.equal(counted(0, 'payment line'), '0 payment lines');
    assert.equal(counted(2, 'payment line'), '2 payment lines');
    assert.equal(counted(1234, 'person'), '1,234 persons');
    assert.equal(nounFor(1, 'rule'), 'rule');
  });

  test('regular plurals of the nouns the CLI counts', () => {
    assert.deepEqual(['batch', 'finding', 'summary', 'day', 'audit record', 'box'].map((n) => pluralOf(n)), ['batches', 'findings', 'summaries', 'days', 'audit records', 'boxes']);
  });

  test('progress of a one-line run says "1 line"', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false });
    let text = '';
    stream.on('data', (d) => (text += d));
    const progress = progressReporter(stream, 'run 1:', { now: () => 0 });
    progress.update(1, 1);
    progress.finish();
    assert.equal(text, 'run 1: 1/1 line (100%)\n');
  });

  test("a run's summary counts its one line, one finding and one line not checked in the singular", () => {
    const run: ReportRun = {
      id: '7',
      status: 'COMPLETED_WITH_GAPS',
      error: null,
      startedBy: 'alice',
      startedAt: '2024-03-23T11:12:35.000Z',
      finishedAt: '2024-03-23T11:12:40.000Z',
      linesTotal: 1,
      linesChecked: 1,
      scope: { kind: 'BATCH', batchNumber: 'PCH001', programmeCode: 'DB01', period: '202403', batchNumbers: ['PCH001'], eligibilityCondition: 'DIBAO' },
      summary: {
        findings: 1,
        linesFlagged: 1,
        notCheckedLines: 1,
        byRule: [{ rule: 'DECEASED', departments: ['PUBLIC_SECURITY'], findings: 1, amountAtRisk: '500.00' }],
        byDepartment: [{ department: 'PUBLIC_SECURITY', findings: 1, lines: 1 }],
        notChecked: [{ department: 'CIVIL_AFFAIRS', lines: 1, rules: ['NOT_ON_DIBAO'] }],
      },
    } as ReportRun;
    const text = summaryText(run, 'Asia/Shanghai');
    assert.match(text, /Cross-check run 7（批次 PCH001，期间 2024-03，资格条件 低保对象）：已完成（部分未核查）/);
    assert.match(text, /Started by alice at 2024-03-23 19:12:35; 1 of 1 line checked\./);
    assert.match(text, /合计 Total: 1 finding on 1 line\n/);
    assert.match(text, /未核查 NOT CHECKED: 1 line with rules/);
    assert.match(text, /民政: 1 line, rule 非低保对象/);
    assert.doesNotMatch(text, /\b1 (lines|findings|rules)\b/);
    assert.doesNotMatch(text, /COMPLETED|DECEASED|PUBLIC_SECURITY|T11:12/);
  });
});
