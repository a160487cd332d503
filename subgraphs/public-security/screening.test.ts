import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { publicSecuritySubgraph } from './subgraph.js';
import { executeSubgraph } from '../../test-support/subgraph.js';
import { createLegacyTestDatabase, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { subjectColumns, withHitRows } from '../../test-support/screening-wire.js';

const D = '2024-03-01';
const COUNTY = '610727';

function person(id: string, overrides: LegacyRow<'RK_RYJBXX'> = {}): LegacyRow<'RK_RYJBXX'> {
  return { GMSFHM: id, XM: '李四', XBDM: '1', CSRQ: id.slice(6, 14), MZDM: '01', HJDZ_XZQHDM: '610727101001', HJDZ_DZMC: '刘家村', RYZTDM: '0', SWRQ: null, ZXRQ: null, GXSJ: null, ...overrides };
}

const ids = {
  normal: validIdNumber('610727', '19700101', '001'),
  lowerX: validIdNumberEndingInX('610727', '19700102'),
  paddedName: validIdNumber('610727', '19700103', '001'),
  otherName: validIdNumber('610727', '19700104', '001'),
  diedOnD: validIdNumber('610727', '19400101', '001'),
  diedDayBefore: validIdNumber('610727', '19400101', '002'),
  deathDateButStatusNormal: validIdNumber('610727', '19400101', '003'),
  cancelledDayBefore: validIdNumber('610727', '19500101', '001'),
  cancelledOnD: validIdNumber('610727', '19500101', '002'),
  cancellationDateButStatusNormal: validIdNumber('610727', '19500101', '003'),
  cancelledWithoutDate: validIdNumber('610727', '19500101', '004'),
  otherCounty: validIdNumber('610728', '19600101', '001'),
  noDivision: validIdNumber('610727', '19600101', '002'),
  turns80OnD: validIdNumber('610727', '19440301', '001'),
  turns80DayAfterD: validIdNumber('610727', '19440302', '001'),
  noBirthDate: validIdNumber('610727', '19700105', '001'),
  unknown: validIdNumber('610727', '19990101', '001'),
};

describe('public security screenRegister', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof publicSecuritySubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'PUBLIC_SECURITY');
    await db.insert('RK_RYJBXX', [
      person(ids.normal),
      person(` ${ids.lowerX.toLowerCase()}`),
      person(ids.paddedName, { XM: '\u3000李四 ' }),
      person(ids.otherName, { XM: '李思' }),
      person(ids.diedOnD, { RYZTDM: '1', SWRQ: '20240301' }),
      person(ids.diedDayBefore, { RYZTDM: '1', SWRQ: '20240229' }),
      person(ids.deathDateButStatusNormal, { RYZTDM: '0', SWRQ: '20231231' }),
      person(ids.cancelledDayBefore, { RYZTDM: '2', ZXRQ: '20240229' }),
      person(ids.cancelledOnD, { RYZTDM: '2', ZXRQ: '20240301' }),
      person(ids.cancellationDateButStatusNormal, { RYZTDM: '0', ZXRQ: '20230101' }),
      person(ids.cancelledWithoutDate, { RYZTDM: '2', ZXRQ: '' }),
      person(ids.otherCounty, { HJDZ_XZQHDM: '610728102003' }),
      person(ids.noDivision, { HJDZ_XZQHDM: null }),
      person(ids.turns80OnD),
      person(ids.turns80DayAfterD),
      person(ids.noBirthDate, { CSRQ: '19700230' }),
    ]);
    subgraph = publicSecuritySubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  async function screen(subjects: Record<string, unknown>[]) {
    const result = await executeSubgraph(subgraph, `query($s: RegisterScreeningSubjects!) { screenRegister(subjects: $s) { keys rules evidence } }`, {
      s: subjectColumns(subjects),
    });
    return withHitRows(result, 'screenRegister');
  }

  async function rulesFor(idNumber: string, overrides: Record<string, unknown> = {}): Promise<string[]> {
    const result = await screen([{ key: 'k', idNumber, date: D, name: '李四', countyCode: COUNTY, checkAge80: false, ...overrides }]);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return (result.data?.screenRegister as { rule: string }[]).map((h) => h.rule).sort();
  }

  test('a registered person with matching name and county at the period start is no hit', async () => {
    assert.deepEqual(await rulesFor(ids.normal), []);
  });

  test('a lower-case x and padding in the register are not findings', async () => {
    assert.deepEqual(await rulesFor(ids.lowerX), []);
    assert.deepEqual(await rulesFor(` ${ids.normal}\u3000`), []);
  });

  test('an unknown person is PERSON_UNKNOWN and nothing else, even when other rules would fire', async () => {
    assert.deepEqual(await rulesFor(ids.unknown, { name: '别人', countyCode: '110101', checkAge80: true }), ['PERSON_UNKNOWN']);
  });

  test('an invalid ID number matches nothing rather than being reported unknown', async () => {
    assert.deepEqual(await rulesFor(ids.unknown.slice(0, 17) + (ids.unknown.endsWith('1') ? '2' : '1')), []);
  });

  test('names padded with ASCII or full-width spaces are not NAME_MISMATCH; a different name is', async () => {
    assert.deepEqual(await rulesFor(ids.paddedName, { name: ' 李四\u3000' }), []);
    assert.deepEqual(await rulesFor(ids.otherName), ['NAME_MISMATCH']);
  });

  test('a null name is not compared', async () => {
    assert.deepEqual(await rulesFor(ids.otherName, { name: null }), []);
  });

  test('a death exactly on the period start is not DECEASED; the day before is', async () => {
    assert.deepEqual(await rulesFor(ids.diedOnD), []);
    assert.deepEqual(await rulesFor(ids.diedDayBefore), ['DECEASED']);
  });

  test('a death date before the period start is DECEASED whatever the status code', async () => {
    assert.deepEqual(await rulesFor(ids.deathDateButStatusNormal), ['DECEASED']);
  });

  test('a cancellation on the period start is not REGISTRATION_CANCELLED; the day before is', async () => {
    assert.deepEqual(await rulesFor(ids.cancelledOnD), []);
    assert.deepEqual(await rulesFor(ids.cancelledDayBefore), ['REGISTRATION_CANCELLED']);
  });

  test('REGISTRATION_CANCELLED needs status 2 and a cancellation date', async () => {
    assert.deepEqual(await rulesFor(ids.cancellationDateButStatusNormal), []);
    assert.deepEqual(await rulesFor(ids.cancelledWithoutDate), []);
  });

  test('a registered county other than the batch county is REGION_MISMATCH, with the division in the evidence', async () => {
    const result = await screen([{ key: 'k', idNumber: ids.otherCounty, date: D, name: '李四', countyCode: COUNTY, checkAge80: false }]);
    assert.deepEqual(result.data?.screenRegister, [
      { key: 'k', rule: 'REGION_MISMATCH', evidence: '户籍地区划 610728102003（县 610728）不在发放县 610727' },
    ]);
    assert.deepEqual(await rulesFor(ids.otherCounty, { countyCode: '610728' }), []);
  });

  test('each subject’s registered division comes back in the subjects’ order: null for an invalid or unknown ID number and for an entry without one', async () => {
    const subject = (key: string, idNumber: string) => ({ key, idNumber, date: D, name: '李四', countyCode: COUNTY, checkAge80: false });
    const result = await executeSubgraph(subgraph, `query($s: RegisterScreeningSubjects!) { screenRegister(subjects: $s) { divisionCodes } }`, {
      s: subjectColumns([subject('a', ids.otherCounty), subject('b', 'not an id'), subject('c', ids.unknown), subject('d', ids.noDivision), subject('e', ` ${ids.lowerX.toLowerCase()}`), subject('f', ids.normal)]),
    });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual((result.data?.screenRegister as { divisionCodes: unknown }).divisionCodes, ['610728102003', null, null, null, '610727101001', '610727101001']);
  });

  test('a register entry without a division code is REGION_MISMATCH', async () => {
    assert.deepEqual(await rulesFor(ids.noDivision), ['REGION_MISMATCH']);
  });

  test('turning 80 exactly on the period start is not UNDER_AGE; turning 80 the day after is', async () => {
    assert.deepEqual(await rulesFor(ids.turns80OnD, { checkAge80: true }), []);
    assert.deepEqual(await rulesFor(ids.turns80DayAfterD, { checkAge80: true }), ['UNDER_AGE']);
  });

  test('UNDER_AGE is only checked when asked', async () => {
    assert.deepEqual(await rulesFor(ids.normal, { checkAge80: false }), []);
    assert.deepEqual(await rulesFor(ids.normal, { checkAge80: true }), ['UNDER_AGE']);
  });

  test('a register entry with an unreadable date of birth is judged by the date of birth in its ID number (ruling 2)', async () => {
    assert.deepEqual(await rulesFor(ids.noBirthDate, { checkAge80: true }), ['UNDER_AGE']);
  });

  test('evidence of a death gives the dates and never the ID number', async () => {
    const result = await screen([{ key: '42', idNumber: ids.diedDayBefore, date: D, name: '李四', countyCode: COUNTY, checkAge80: false }]);
    const [hit] = result.data?.screenRegister as { key: string; evidence: string }[];
    assert.equal(hit?.key, '42');
    assert.match(hit!.evidence, /^2024-02-29 已死亡，发放期间 2024-03/);
    assert.ok(!hit!.evidence.includes(ids.diedDayBefore));
  });

  test('a malformed date or county code is BAD_USER_INPUT naming subjects', async () => {
    for (const bad of [{ date: '2024-02-30' }, { countyCode: '6107' }]) {
      const result = await screen([{ key: 'k', idNumber: ids.normal, date: D, name: null, countyCode: COUNTY, checkAge80: false, ...bad }]);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    }
  });

  test('screening 5,000 subjects costs five register statements', async () => {
    const subjects = Array.from({ length: 5000 }, (_, i) => ({
      key: String(i),
      idNumber: validIdNumber(String(620000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')),
      date: D,
      name: null,
      countyCode: COUNTY,
      checkAge80: false,
    }));
    const before = subgraph.adapter.db.statementCount;
    const result = await screen(subjects);
    assert.equal(result.errors, undefined);
    assert.equal(result.data?.screenRegister.length, 5000);
    assert.equal(subgraph.adapter.db.statementCount - before, 5);
  });

  test('two screening questions in one request are read together, each answering only its own subjects', async () => {
    const unregistered = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ key: `k${from + i}`, idNumber: validIdNumber('630000', '19600101', String(from + i).padStart(3, '0')), date: D, name: null, countyCode: COUNTY, checkAge80: false }));
    const before = subgraph.adapter.db.statementCount;
    const result = await executeSubgraph(
      subgraph,
      `query($a: RegisterScreeningSubjects!, $b: RegisterScreeningSubjects!) { a: screenRegister(subjects: $a) { keys } b: screenRegister(subjects: $b) { keys } }`,
      { a: subjectColumns(unregistered(0, 500)), b: subjectColumns(unregistered(500, 400)) },
    );
    assert.equal(result.errors, undefined);
    assert.deepEqual(result.data?.a.keys, unregistered(0, 500).map((s) => s.key));
    assert.deepEqual(result.data?.b.keys, unregistered(500, 400).map((s) => s.key));
    assert.equal(subgraph.adapter.db.statementCount - before, 1);
  });
});
