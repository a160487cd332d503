import { describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { print } from 'graphql';
import { validIdNumber } from '../test-support/id-numbers.js';
import { FakeCrosscheckGateway, unreachable } from '../test-support/fake-crosscheck-gateway.js';
import { planLine, subjectsFor, type PlannedLine } from './assess.js';
import { DEFAULT_CHUNK_SIZE, WIDEST_FITTING_CHUNK } from './chunk.js';
import { CHECKS, type Check } from './rules.js';
import { columnsBytes, columnsBytesAtMost, DEFAULT_BODY_BUDGET, hitRowsOf, partsWithin, REQUEST_ENVELOPE_BYTES, type Subjects } from './screening-wire.js';
import { CrosscheckSources, SCREENING_OPERATIONS, type CheckLine } from './sources.js';

/** A condition under which each question is asked. */
const CONDITION: Record<Check, string | null> = {
  REGISTER: null,
  PAYMENT_LINES: null,
  CUSTODY: null,
  CARD_ACCOUNTS: null,
  PUBLIC_EMPLOYMENT: 'DIBAO',
  DIBAO: 'DIBAO',
  EXTREME_POVERTY: 'TEKUN',
  DISABILITY: 'DISABLED_SEVERE',
};

/** Lines whose every field is at its column's maximum: 19-digit ids, 50-character names and 32-character accounts of 4-byte characters. */
function widestLines(count: number, condition: string | null, character = '\u{20000}'): PlannedLine[] {
  return Array.from({ length: count }, (_, i): CheckLine => ({
    id: String(9_000_000_000_000_000_000n + BigInt(i)),
    batchNumber: 'PC610727202405RSJCYLJ01',
    programmeCode: 'RS-JCYLJ',
    period: '202405',
    countyCode: '610727',
    eligibilityCondition: condition,
    idNumber: validIdNumber('610727', '19500101', String(i % 1000).padStart(3, '0')),
    name: character.repeat(50),
    accountNumber: character.repeat(32),
    amount: '9999999999.99',
    status: 'PENDING',
  })).map((line) => planLine(line, true, undefined)!);
}

/** The body the engine's GraphQL client sends for one question. */
function requestBytes(check: Check, columns: object): number {
  const { document, variable } = SCREENING_OPERATIONS[check];
  return Buffer.byteLength(JSON.stringify({ query: print(document), variables: { [variable]: columns } }), 'utf8');
}

/** Lines as a county pays them: 10-digit line ids, three-character names, 19-digit accounts. */
function typicalLines(count: number, condition: string | null): PlannedLine[] {
  return Array.from({ length: count }, (_, i): CheckLine => ({
    id: String(1_500_000_000 + i),
    batchNumber: 'PC610727202403MZDB01',
    programmeCode: 'MZ-DB',
    period: '202403',
    countyCode: '610727',
    eligibilityCondition: condition,
    idNumber: validIdNumber('610727', '19500101', String(i % 1000).padStart(3, '0')),
    name: '王婷霞',
    accountNumber: String(6_217_000_000_000_000_000n + BigInt(i)),
    amount: '438.00',
    status: 'CREDITED',
  })).map((line) => planLine(line, true, undefined)!);
}

describe('the screening wire', () => {
  test('every question about a default chunk of lines as counties pay them is one request within the default body limit', () => {
    for (const check of CHECKS) {
      const subjects: Subjects<object> = subjectsFor(check, typicalLines(DEFAULT_CHUNK_SIZE, CONDITION[check]));
      assert.equal(subjects.length, DEFAULT_CHUNK_SIZE, check);
      assert.equal(partsWithin(subjects, DEFAULT_BODY_BUDGET).length, 1, check);
    }
  });

  test('every question about WIDEST_FITTING_CHUNK of the widest lines is one request within the default body limit', () => {
    for (const check of CHECKS) {
      const subjects: Subjects<object> = subjectsFor(check, widestLines(WIDEST_FITTING_CHUNK, CONDITION[check]));
      assert.equal(subjects.length, WIDEST_FITTING_CHUNK, check);
      assert.equal(partsWithin(subjects, DEFAULT_BODY_BUDGET).length, 1, check);
      // The envelope leaves room for the gateway's own operation text towards the subgraph.
      assert.ok(requestBytes(check, subjects.columns) + REQUEST_ENVELOPE_BYTES / 2 <= DEFAULT_BODY_BUDGET, `${check}: ${requestBytes(check, subjects.columns)} bytes`);
    }
  });

  test('subjects go as one list per field, in the lines’ order, with what each question needs', () => {
    const planned = widestLines(3, 'AGE_80', '张');
    const register = subjectsFor('REGISTER', planned).columns;
    assert.deepEqual(Object.keys(register).sort(), ['checkAge80', 'countyCodes', 'dates', 'idNumbers', 'keys', 'names']);
    assert.deepEqual(register.keys, planned.map((p) => p.line.id));
    assert.deepEqual(register.idNumbers, planned.map((p) => p.idNumber));
    assert.deepEqual(register.dates, ['2024-05-01', '2024-05-01', '2024-05-01']);
    assert.deepEqual(register.checkAge80, [true, true, true]);
    assert.deepEqual(subjectsFor('PAYMENT_LINES', planned).columns, planned.map((p) => p.line.id));
  });

  test('a question whose text would not fit one body is asked in parts that hold every subject once, in order', () => {
    // Control characters are escaped as six bytes each: more than the widest valid text.
    const subjects = subjectsFor('REGISTER', widestLines(DEFAULT_CHUNK_SIZE, null, '\u0001'));
    const parts = partsWithin(subjects, DEFAULT_BODY_BUDGET);
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(requestBytes('REGISTER', part.columns) + REQUEST_ENVELOPE_BYTES / 2 <= DEFAULT_BODY_BUDGET);
    assert.deepEqual(
      parts.flatMap((p) => p.columns.keys),
      subjects.columns.keys,
    );
    assert.deepEqual(
      parts.map((p) => p.length),
      parts.map((p) => p.columns.names.length),
    );
  });

  test('the sources ask a question in parts when the body limit is small, and merge the hits in the subjects’ order', async () => {
    const fake = new FakeCrosscheckGateway();
    fake.responders.CUSTODY = (subject) => (Number(String(subject.key).slice(-6)) % 7 === 0 ? [['IN_CUSTODY', `k${subject.key}`]] : []);
    const planned = widestLines(300, null);
    const subjects = subjectsFor('CUSTODY', planned);
    const sources = new CrosscheckSources(fake, undefined, REQUEST_ENVELOPE_BYTES + 5_000);
    const hits = await sources.screen('CUSTODY', subjects);
    const requests = fake.screenings();
    assert.ok(requests.length > 1);
    assert.deepEqual(
      requests.flatMap((r) => r.subjects.map((s) => s.key)),
      subjects.columns.keys,
    );
    const expected = subjects.columns.keys.filter((key) => Number(key.slice(-6)) % 7 === 0);
    assert.deepEqual(
      hits.map((h) => h.key),
      expected,
    );
    assert.deepEqual(hits[0], { key: expected[0], rule: 'IN_CUSTODY', evidence: `k${expected[0]}` });
  });

  test('a question asked in parts fails as a whole when one part fails', async () => {
    const fake = new FakeCrosscheckGateway();
    fake.failWhen = (check, call) => check === 'CUSTODY' && call === 2;
    const sources = new CrosscheckSources(fake, undefined, REQUEST_ENVELOPE_BYTES + 5_000);
    await assert.rejects(sources.screen('CUSTODY', subjectsFor('CUSTODY', widestLines(300, null))), (error: unknown) => {
      assert.equal((error as Error).message, unreachable('CUSTODY').message);
      return true;
    });
  });

  test('an answer whose hit lists differ in length is refused rather than half-read', () => {
    assert.deepEqual(hitRowsOf({ keys: ['1'], rules: ['IN_CUSTODY'], evidence: ['e'] }), [{ key: '1', rule: 'IN_CUSTODY', evidence: 'e' }]);
    assert.throws(() => hitRowsOf({ keys: ['1', '2'], rules: ['IN_CUSTODY'], evidence: ['e'] }), /differ in length/);
  });

  test('the quick bound on a body is never below the body itself, whatever the text holds', () => {
    const awkward = ['', 'a', '"\\', '\u0000\u001f\n', '王秀英', '\u{20000}\u{20000}', '\ud800', 'x'.repeat(50), '\u2028', ' ~!#[]{}', 'a"b', 'a\\b', '\x7f', '6228480012345678901'];
    const columns = { keys: awkward, idNumbers: [...awkward].reverse(), requireSevere: awkward.map((_, i) => i % 2 === 0) };
    assert.ok(columnsBytesAtMost(columns) >= columnsBytes(columns));
    for (const text of awkward) assert.ok(columnsBytesAtMost({ k: [text] }) >= columnsBytes({ k: [text] }), JSON.stringify(text));
    assert.equal(columnsBytesAtMost({ keys: [1] }), Number.POSITIVE_INFINITY);
  });
});
