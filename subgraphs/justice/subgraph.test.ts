import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { rmSync } from 'node:fs';
import { justiceSubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { hitRows, subjectColumns } from '../../test-support/screening-wire.js';

// The screening date d (period start 2024-03) and the day before it.
const D = '2024-03-01';
const DAY_BEFORE = '2024-02-29';

const SERVING = validIdNumberEndingInX('610727', '19850302');
const RELEASED_ON_D = validIdNumber('610727', '19800101', '001');
const STARTS_ON_D = validIdNumber('610727', '19800101', '002');
const COMMUNITY = validIdNumber('610727', '19800101', '003');
const PAROLED_ON_D = validIdNumber('610727', '19800101', '004');
const PAROLED_BEFORE_D = validIdNumber('610727', '19800101', '005');
const LIFE = validIdNumber('610727', '19800101', '006');
const REPRIEVE_EMPTY_DATES = validIdNumber('610727', '19800101', '007');
const NO_START = validIdNumber('610727', '19800101', '008');
const SEVERAL = validIdNumber('610727', '19800101', '009');
const UNKNOWN_TYPE = validIdNumber('610727', '19800101', '010');
const BAD_ACTUAL_RELEASE = validIdNumber('610727', '19800101', '011');
const EMPTY_ACTUAL_RELEASE = validIdNumber('610727', '19800101', '012');
const NOBODY = validIdNumber('610727', '19990101', '999');

const row = (ZFBH: string, ZJHM: string, XZDM: string, XQQR: string | null, XQZR: string | null, SJSFRQ: string | null = null) => ({
  ZFBH, ZJHM, XM: '某某', XZDM, XQQR, XQZR, SJSFRQ, JYMC: '汉中监狱',
});

describe('justice subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof justiceSubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'JUSTICE');
    await db.insert('ZF_XFZX', [
      { ...row('ZF2023001', ` ${SERVING.toLowerCase()}\u3000`, '01', '20230501', '20250430'), XM: ' 王五\u3000', JYMC: '汉中监狱 ' },
      row('ZF2023002', RELEASED_ON_D, '01', '20230101', '20240301'),
      row('ZF2024001', STARTS_ON_D, '04', '20240301', '20240601'),
      row('ZF2023003', COMMUNITY, '05', '20230101', '20250101'),
      row('ZF2023004', COMMUNITY, '06', '20230101', '20250101'),
      row('ZF2020001', PAROLED_ON_D, '01', '20200101', '20260101', '20240301'),
      row('ZF2020002', PAROLED_BEFORE_D, '01', '20200101', '20260101', '20240215'),
      row('ZF2010001', LIFE, '02', '20100101', null, null),
      row('ZF2012001', REPRIEVE_EMPTY_DATES, '03', '20120101', '', ''),
      row('ZF2023005', NO_START, '01', '', '20300101'),
      row('ZF2023006', NO_START, '01', null, '20300101'),
      // Ordered by offender number the later-starting sentence would come first; by start date it does not.
      row('ZF2021009', SEVERAL, '01', '20210101', '20230101'),
      row('ZF2022008', SEVERAL, '01', '20220101', '20270101'),
      row('ZF2022001', SEVERAL, '04', '20230101', '20250101'),
      row('ZF2023008', UNKNOWN_TYPE, '07', '20230101', '20250101'),
      row('ZF2022010', BAD_ACTUAL_RELEASE, '01', '20220101', '20250101', '20240230'),
      row('ZF2022011', EMPTY_ACTUAL_RELEASE, '01', '20220101', '20250101', ''),
    ]);
    subgraph = justiceSubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  async function screen(subjects: Array<{ key: string; idNumber: string; date: string }>) {
    const result = await executeSubgraph(subgraph, `query($s: ScreeningSubjects!) { screenCustody(subjects: $s) { keys rules evidence } }`, { s: subjectColumns(subjects) });
    assert.equal(result.errors, undefined);
    return hitRows(result.data?.screenCustody);
  }

  async function hitKeys(idNumber: string, dates: string[]) {
    const hits = await screen(dates.map((date) => ({ key: date, idNumber, date })));
    return hits.map((h) => h.key);
  }

  describe('screenCustody (rule IN_CUSTODY)', () => {
    test('a person serving a fixed-term sentence is a hit with plain-words evidence naming the sentence', async () => {
      const hits = await screen([{ key: 'line-1', idNumber: SERVING, date: D }]);
      assert.deepEqual(hits, [
        { key: 'line-1', rule: 'IN_CUSTODY', evidence: '2024-03-01 在押：刑罚执行记录 ZF2023001（01 有期徒刑），自 2023-05-01 起执行，按刑期止日 2025-04-30 释放' },
      ]);
    });

    test('a lower-case x and padding in the subject ID match the normalised records', async () => {
      assert.deepEqual((await screen([{ key: 'k', idNumber: ` ${SERVING.toLowerCase()} `, date: D }])).map((h) => h.key), ['k']);
    });

    test('evidence never contains the ID number', async () => {
      const [hit] = await screen([{ key: 'k', idNumber: SERVING, date: D }]);
      assert.ok(hit && !hit.evidence.includes(SERVING.slice(0, 10)) && !hit.evidence.includes(SERVING.slice(-8)));
    });

    test('a release on d means not in custody at d, but in custody the day before', async () => {
      assert.deepEqual(await hitKeys(RELEASED_ON_D, [D, DAY_BEFORE]), [DAY_BEFORE]);
    });

    test('a sentence starting on d means in custody at d, but not the day before', async () => {
      assert.deepEqual(await hitKeys(STARTS_ON_D, [D, DAY_BEFORE]), [D]);
    });

    test('public surveillance and suspended sentences are served in the community and never hit', async () => {
      assert.deepEqual(await hitKeys(COMMUNITY, [D, '2023-01-01', '2024-12-31']), []);
    });

    test('an actual release date on d wins over a later end of term: not in custody at d, in custody the day before', async () => {
      assert.deepEqual(await hitKeys(PAROLED_ON_D, [D, DAY_BEFORE]), [DAY_BEFORE]);
    });

    test('an actual release date earlier than the end of term ends custody at the actual release', async () => {
      assert.deepEqual(await hitKeys(PAROLED_BEFORE_D, [D, '2024-02-15', '2024-02-14']), ['2024-02-14']);
    });

    test('a life sentence with a NULL end of term stays open and evidence says there is no release date', async () => {
      const hits = await screen([{ key: 'k', idNumber: LIFE, date: '2099-12-31' }]);
      assert.deepEqual(hits, [
        { key: 'k', rule: 'IN_CUSTODY', evidence: '2099-12-31 在押：刑罚执行记录 ZF2010001（02 无期徒刑），自 2010-01-01 起执行，无释放日期' },
      ]);
    });

    test('empty-string end and actual release dates mean none, so a death sentence with reprieve stays open', async () => {
      assert.deepEqual(await hitKeys(REPRIEVE_EMPTY_DATES, [D, '2011-12-31']), [D]);
    });

    test('an empty-string actual release date falls back to the end of term', async () => {
      assert.deepEqual(await hitKeys(EMPTY_ACTUAL_RELEASE, [D, '2025-01-01']), [D]);
    });

    test('an actual release date that is not on the calendar is none, so the end of term applies', async () => {
      assert.deepEqual(await hitKeys(BAD_ACTUAL_RELEASE, [D, '2024-12-31', '2025-01-01']), [D, '2024-12-31']);
    });

    test('a sentence with no start date (empty or NULL) cannot have started, so it never hits', async () => {
      assert.deepEqual(await hitKeys(NO_START, [D, '1900-01-01', '2029-12-31']), []);
    });

    test('an unrecognised sentence type is not counted as custodial', async () => {
      assert.deepEqual(await hitKeys(UNKNOWN_TYPE, [D]), []);
    });

    test('with several qualifying sentences there is one hit and its evidence names the earliest-starting one', async () => {
      const hits = await screen([{ key: 'k', idNumber: SEVERAL, date: D }]);
      assert.equal(hits.length, 1);
      assert.match(hits[0]!.evidence, /^2024-03-01 在押：刑罚执行记录 ZF2022008（01 有期徒刑），自 2022-01-01 起执行，按刑期止日 2027-01-01 释放/);
    });

    test('only hits come back, in subject order, and unknown or invalid IDs simply match nothing', async () => {
      const hits = await screen([
        { key: 'a', idNumber: NOBODY, date: D },
        { key: 'b', idNumber: LIFE, date: D },
        { key: 'c', idNumber: '61072719800101001', date: D },
        { key: 'd', idNumber: COMMUNITY, date: D },
        { key: 'e', idNumber: SERVING, date: D },
      ]);
      assert.deepEqual(hits.map((h) => h.key), ['b', 'e']);
    });

    test('a malformed subject date is BAD_USER_INPUT naming subjects', async () => {
      const result = await executeSubgraph(subgraph, `{ screenCustody(subjects: { keys: ["k"], idNumbers: ["${LIFE}"], dates: ["2024-02-30"] }) { keys } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });

    test('more than 10,000 subjects is BAD_USER_INPUT naming subjects', async () => {
      const subjects = Array.from({ length: 10_001 }, (_, i) => ({ key: String(i), idNumber: LIFE, date: D }));
      const result = await executeSubgraph(subgraph, `query($s: ScreeningSubjects!) { screenCustody(subjects: $s) { keys } }`, { s: subjectColumns(subjects) });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });

    test('subjects whose lists differ in length are BAD_USER_INPUT naming subjects, before anything is read', async () => {
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(subgraph, `{ screenCustody(subjects: { keys: ["a", "b"], idNumbers: ["${LIFE}"], dates: ["${D}", "${D}"] }) { keys } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
      assert.equal(subgraph.adapter.db.statementCount, before);
    });

    test('screening 10,000 subjects costs ten statements', async () => {
      const subjects = Array.from({ length: 10_000 }, (_, i) => ({
        key: String(i),
        idNumber: validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')),
        date: D,
      }));
      const before = subgraph.adapter.db.statementCount;
      assert.deepEqual(await screen(subjects), []);
      assert.equal(subgraph.adapter.db.statementCount - before, 10);
    });
  });

  describe('Person and Sentence', () => {
    test('_entities gives a person all sentences ordered by start date, custody on a date and the sentence behind it', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
          idNumber sentences { offenderNumber startDate } inCustodyAt(date: "${D}") custodySentenceAt(date: "${D}") { offenderNumber }
        } } }`,
        { r: personRepresentations([SEVERAL, ` ${SERVING.toLowerCase()}`, NOBODY]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        {
          idNumber: SEVERAL,
          sentences: [
            { offenderNumber: 'ZF2021009', startDate: '2021-01-01' },
            { offenderNumber: 'ZF2022008', startDate: '2022-01-01' },
            { offenderNumber: 'ZF2022001', startDate: '2023-01-01' },
          ],
          inCustodyAt: true,
          custodySentenceAt: { offenderNumber: 'ZF2022008' },
        },
        { idNumber: SERVING, sentences: [{ offenderNumber: 'ZF2023001', startDate: '2023-05-01' }], inCustodyAt: true, custodySentenceAt: { offenderNumber: 'ZF2023001' } },
        { idNumber: NOBODY, sentences: [], inCustodyAt: false, custodySentenceAt: null },
      ]);
    });

    test('Person.inCustodyAt follows the rule boundaries: release on the date is out, start on the date is in', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { on: inCustodyAt(date: "${D}") before: inCustodyAt(date: "${DAY_BEFORE}") } } }`,
        { r: personRepresentations([RELEASED_ON_D, STARTS_ON_D, COMMUNITY]) },
      );
      assert.deepEqual(result.data?._entities, [
        { on: false, before: true },
        { on: true, before: false },
        { on: false, before: false },
      ]);
    });

    test('a sentence is found by offender number with every field', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ sentence(offenderNumber: " ZF2020001 ") { offenderNumber name type typeCode custodial startDate endDate actualReleaseDate releaseDate facility on: inCustodyAt(date: "${D}") before: inCustodyAt(date: "${DAY_BEFORE}") } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.sentence, {
        offenderNumber: 'ZF2020001',
        name: '某某',
        type: 'FIXED_TERM_IMPRISONMENT',
        typeCode: '01',
        custodial: true,
        startDate: '2020-01-01',
        endDate: '2026-01-01',
        actualReleaseDate: '2024-03-01',
        releaseDate: '2024-03-01',
        facility: '汉中监狱',
        on: false,
        before: true,
      });
    });

    test('names are trimmed of ASCII and full-width padding', async () => {
      const result = await executeSubgraph(subgraph, `{ sentence(offenderNumber: "ZF2023001") { name facility } }`);
      assert.deepEqual(result.data?.sentence, { name: '王五', facility: '汉中监狱' });
    });

    test('a life sentence has no release date, and community and unrecognised types are not custodial', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ life: sentence(offenderNumber: "ZF2010001") { type custodial releaseDate inCustodyAt(date: "2099-01-01") }
           probation: sentence(offenderNumber: "ZF2023004") { type custodial inCustodyAt(date: "${D}") }
           unknown: sentence(offenderNumber: "ZF2023008") { type typeCode custodial inCustodyAt(date: "${D}") } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data, {
        life: { type: 'LIFE_IMPRISONMENT', custodial: true, releaseDate: null, inCustodyAt: true },
        probation: { type: 'SUSPENDED_SENTENCE', custodial: false, inCustodyAt: false },
        unknown: { type: 'UNRECOGNISED', typeCode: '07', custodial: false, inCustodyAt: false },
      });
    });

    test('an unknown offender number is null, not an error', async () => {
      const result = await executeSubgraph(subgraph, `{ sentence(offenderNumber: "ZF1999999") { offenderNumber } }`);
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.sentence, null);
    });

    test('an empty offender number is BAD_USER_INPUT naming the argument', async () => {
      const result = await executeSubgraph(subgraph, `{ sentence(offenderNumber: "  ") { offenderNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'offenderNumber');
    });

    test('a malformed date argument is BAD_USER_INPUT naming it', async () => {
      for (const field of ['inCustodyAt(date: "2024-3-1")', 'custodySentenceAt(date: "2024-02-30") { offenderNumber }', 'sentences { inCustodyAt(date: "") }']) {
        const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${field} } } }`, {
          r: personRepresentations([SERVING]),
        });
        assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
        assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date', field);
      }
    });

    test('resolving 5,000 persons in one request costs five statements for all justice fields', async () => {
      const ids = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { sentences { offenderNumber } inCustodyAt(date: "${D}") custodySentenceAt(date: "${D}") { offenderNumber } } } }`,
        { r: personRepresentations(ids) },
      );
      assert.equal(result.errors, undefined);
      assert.equal(result.data?._entities.length, 5000);
      assert.equal(subgraph.adapter.db.statementCount - before, 5);
    });
  });

  describe('when the justice database cannot be read', () => {
    let down: ReturnType<typeof justiceSubgraph>;
    beforeAll(async () => {
      const broken = await createLegacyTestDatabase('sqlite', 'JUSTICE');
      const location = broken.location;
      await broken.drop();
      down = justiceSubgraph(location);
    });
    afterAll(async () => {
      await down.close();
    });

    test('person fields become null with a DEPARTMENT_UNAVAILABLE error naming justice, and the key still resolves', async () => {
      const result = await executeSubgraph(
        down,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber sentences { offenderNumber } inCustodyAt(date: "${D}") } } }`,
        { r: personRepresentations([SERVING]) },
      );
      assert.deepEqual(result.data?._entities, [{ idNumber: SERVING, sentences: null, inCustodyAt: null }]);
      assert.ok(result.errors?.length);
      for (const error of result.errors ?? []) {
        assert.equal(error.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
        assert.equal(error.extensions?.department, 'JUSTICE');
      }
    });

    test('screening fails with DEPARTMENT_UNAVAILABLE rather than reporting nobody in custody', async () => {
      const result = await executeSubgraph(down, `{ screenCustody(subjects: { keys: ["k"], idNumbers: ["${LIFE}"], dates: ["${D}"] }) { keys } }`);
      assert.equal(result.data, null);
      assert.equal(result.errors?.[0]?.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
    });
  });
});
