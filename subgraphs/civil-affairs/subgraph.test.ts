import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import Database from 'better-sqlite3';
import { civilAffairsSubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { executeScreening } from '../../test-support/screening-wire.js';
import { createLegacyTestDatabase, type LegacyTestDatabase, type LegacyRow } from '../../test-support/legacy-db.js';
import type { LegacyTableName } from '../../adapters/legacy-tables.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const D = '2024-03-01';
const person = (seq: number) => validIdNumber('610727', '19700101', String(seq).padStart(3, '0'));

// Dibao: one person per boundary, each in their own household unless said otherwise.
const ENDED_BEFORE = person(1);
const ENDED_ON_D = person(2);
const ENDS_AFTER_D = person(3);
const STARTS_ON_D = person(4);
const STARTS_AFTER_D = person(5);
const OPEN_NULL = person(6);
const OPEN_EMPTY = person(7);
const LOWER_X = validIdNumberEndingInX('610727', '19800202');
const HEAD_ONLY = person(8);
const UNREADABLE_END = person(9);
const ORPHAN = person(10);
const ONE_OF_TWO_ACTIVE = person(11);
const NOBODY = person(12);
const SPOUSE = person(13);

// Extreme-poverty support.
const SUPPORT_ENDED_ON_D = person(21);
const SUPPORT_STARTS_ON_D = person(22);
const SUPPORT_OPEN_NULL = person(23);
const SUPPORT_OPEN_EMPTY = person(24);
const SUPPORT_STARTS_AFTER_D = person(25);
const SUPPORT_X = validIdNumberEndingInX('610727', '19350505');
const SUPPORT_ENDED_THEN_RENEWED = person(26);

const household = (JTBH: string, HZSFZH: string | null, NBRQ: string | null, TBRQ: string | null, extra: LegacyRow<'DB_JT'> = {}): LegacyRow<'DB_JT'> => ({
  JTBH,
  HZSFZH,
  XZQHDM: '610727101001',
  BZLBDM: '2',
  YBZJE: '600.00',
  NBRQ,
  TBRQ,
  ...extra,
});
const member = (JTBH: string, SFZH: string, XM: string, YHZGXDM: string): LegacyRow<'DB_JTCY'> => ({ JTBH, SFZH, XM, YHZGXDM });
const support = (SFZH: string, GYXSDM: string, KSRQ: string | null, ZZRQ: string | null): LegacyRow<'TK_GYRY'> => ({ SFZH, XM: '孙七', GYXSDM, KSRQ, ZZRQ });

/** Thousands of rows in one transaction: row-by-row autocommit would take half a minute. */
function bulkInsert<T extends LegacyTableName>(db: LegacyTestDatabase, table: T, rows: LegacyRow<T>[]): void {
  if (db.location.kind !== 'sqlite') throw new Error('bulkInsert writes the SQLite test file');
  const writer = new Database(db.location.file);
  try {
    const columns = Object.keys(rows[0]!);
    const insert = writer.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    writer.transaction(() => {
      for (const row of rows) insert.run(...columns.map((c) => (row as Record<string, unknown>)[c]));
    })();
  } finally {
    writer.close();
  }
}

describe('civil affairs subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof civilAffairsSubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'CIVIL_AFFAIRS');
    await db.insert('DB_JT', [
      household('JT-ENDED', ENDED_BEFORE, '20230101', '20240229'),
      household('JT-ENDED-ON-D', ENDED_ON_D, '20230101', '20240301'),
      household('JT-ENDS-AFTER', ENDS_AFTER_D, '20230101', '20240302'),
      household('JT-STARTS-ON-D', STARTS_ON_D, '20240301', null),
      household('JT-STARTS-AFTER', STARTS_AFTER_D, '20240302', null, { BZLBDM: '1' }),
      household('JT-OPEN-NULL', OPEN_NULL, '20200101', null, { YBZJE: '12345678.91' }),
      household('JT-OPEN-EMPTY', OPEN_EMPTY, '20200101', '', { YBZJE: '0.10' }),
      household('JT-X', '61072719900101999X', '20200101', null),
      household('JT-HEAD-ONLY', HEAD_ONLY, '20200101', null, { BZLBDM: '7' }),
      household('JT-UNREADABLE', UNREADABLE_END, '20200101', '20230230'),
      household('JT-OLD', ONE_OF_TWO_ACTIVE, '20180101', '20190101'),
      household('JT-NEW', SPOUSE, '20190101', null),
    ]);
    await db.insert('DB_JTCY', [
      member('JT-ENDED', ENDED_BEFORE, '甲', '01'),
      member('JT-ENDED-ON-D', ENDED_ON_D, '乙', '01'),
      member('JT-ENDS-AFTER', ENDS_AFTER_D, '丙', '01'),
      member('JT-STARTS-ON-D', STARTS_ON_D, '丁', '01'),
      member('JT-STARTS-AFTER', STARTS_AFTER_D, '戊', '01'),
      member('JT-OPEN-NULL', OPEN_NULL, '己', '01'),
      member('JT-OPEN-EMPTY', OPEN_EMPTY, '庚', '01'),
      member('JT-X', LOWER_X.toLowerCase(), ' 辛\u3000', '03'),
      member('JT-HEAD-ONLY', SPOUSE, '配偶', '02'),
      member('JT-UNREADABLE', UNREADABLE_END, '壬', '01'),
      member('JT-GONE', ORPHAN, '癸', '01'),
      member('JT-OLD', ONE_OF_TWO_ACTIVE, '子', '01'),
      member('JT-NEW', ONE_OF_TWO_ACTIVE, '子', '02'),
      member('JT-NEW', SPOUSE, '丑', '01'),
    ]);
    await db.insert('TK_GYRY', [
      support(SUPPORT_ENDED_ON_D, '1', '20200101', '20240301'),
      support(SUPPORT_STARTS_ON_D, '2', '20240301', null),
      support(SUPPORT_OPEN_NULL, '1', '20200101', null),
      support(SUPPORT_OPEN_EMPTY, '2', '20200101', ''),
      support(SUPPORT_STARTS_AFTER_D, '2', '20240302', null),
      support(SUPPORT_X.toLowerCase(), '1', '20200101', null),
      support(SUPPORT_ENDED_THEN_RENEWED, '1', '20200101', '20230101'),
      support(SUPPORT_ENDED_THEN_RENEWED, '2', '20230101', null),
    ]);
    subgraph = civilAffairsSubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  async function screenDibao(ids: string[], date = D) {
    const result = await executeScreening(subgraph, `query($s: ScreeningSubjects!) { screenDibao(subjects: $s) { keys rules evidence } }`, {
      s: ids.map((idNumber, i) => ({ key: String(i), idNumber, date })),
    });
    assert.equal(result.errors, undefined);
    return result.data?.screenDibao as Array<{ key: string; rule: string; evidence: string }>;
  }

  async function screenSupport(ids: string[], date = D) {
    const result = await executeScreening(subgraph, `query($s: ScreeningSubjects!) { screenExtremePoverty(subjects: $s) { keys rules evidence } }`, {
      s: ids.map((idNumber, i) => ({ key: String(i), idNumber, date })),
    });
    assert.equal(result.errors, undefined);
    return result.data?.screenExtremePoverty as Array<{ key: string; rule: string; evidence: string }>;
  }

  describe('dibao households', () => {
    test('a household is found by its number with exact allowance, category and dates', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ dibaoHousehold(householdNumber: " JT-OPEN-NULL ") { householdNumber head { idNumber } divisionCode category categoryCode monthlyAllowance startDate endDate before: activeAt(date: "2019-12-31") on: activeAt(date: "2020-01-01") } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.dibaoHousehold, {
        householdNumber: 'JT-OPEN-NULL',
        head: { idNumber: OPEN_NULL },
        divisionCode: '610727101001',
        category: 'RURAL',
        categoryCode: '2',
        monthlyAllowance: '12345678.91',
        startDate: '2020-01-01',
        endDate: null,
        before: false,
        on: true,
      });
    });

    test('a ten-fen allowance is "0.10", not a float', async () => {
      const result = await executeSubgraph(subgraph, `{ dibaoHousehold(householdNumber: "JT-OPEN-EMPTY") { monthlyAllowance endDate activeAt(date: "2099-01-01") } }`);
      assert.deepEqual(result.data?.dibaoHousehold, { monthlyAllowance: '0.10', endDate: null, activeAt: true });
    });

    test('a guarantee is active on its start day and not on its end day', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ starts: dibaoHousehold(householdNumber: "JT-STARTS-ON-D") { activeAt(date: "${D}") dayBefore: activeAt(date: "2024-02-29") }
           ends: dibaoHousehold(householdNumber: "JT-ENDED-ON-D") { activeAt(date: "${D}") dayBefore: activeAt(date: "2024-02-29") } }`,
      );
      assert.deepEqual(result.data, { starts: { activeAt: true, dayBefore: false }, ends: { activeAt: false, dayBefore: true } });
    });

    test('an unreadable end date shows as null but counts as ended', async () => {
      const result = await executeSubgraph(subgraph, `{ dibaoHousehold(householdNumber: "JT-UNREADABLE") { endDate activeAt(date: "${D}") } }`);
      assert.deepEqual(result.data?.dibaoHousehold, { endDate: null, activeAt: false });
    });

    test('the head is listed as a member even without a member row, with relation SELF and no stored code', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ dibaoHousehold(householdNumber: "JT-HEAD-ONLY") { category categoryCode members { person { idNumber } idNumber name relation relationCode } } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.dibaoHousehold, {
        category: 'UNRECOGNISED',
        categoryCode: '7',
        members: [
          { person: { idNumber: HEAD_ONLY }, idNumber: HEAD_ONLY, name: null, relation: 'SELF', relationCode: null },
          { person: { idNumber: SPOUSE }, idNumber: SPOUSE, name: '配偶', relation: 'SPOUSE', relationCode: '02' },
        ],
      });
    });

    test('an invalid head ID gives a null head person but keeps the normalised ID on the member', async () => {
      const result = await executeSubgraph(subgraph, `{ dibaoHousehold(householdNumber: "JT-X") { head { idNumber } members { person { idNumber } idNumber name relation } } }`);
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.dibaoHousehold, {
        head: null,
        members: [
          { person: null, idNumber: '61072719900101999X', name: null, relation: 'SELF' },
          { person: { idNumber: LOWER_X }, idNumber: LOWER_X, name: '辛', relation: 'CHILD' },
        ],
      });
    });

    test('an unknown household is null, not an error', async () => {
      const result = await executeSubgraph(subgraph, `{ dibaoHousehold(householdNumber: "JT-NONE") { householdNumber } }`);
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.dibaoHousehold, null);
    });

    test('a blank household number is BAD_USER_INPUT naming the argument', async () => {
      const result = await executeSubgraph(subgraph, `{ dibaoHousehold(householdNumber: " \u3000") { householdNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'householdNumber');
    });

    test('_entities resolves households by key, unknown ones as null', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on DibaoHousehold { householdNumber categoryCode } } }`,
        { r: [{ __typename: 'DibaoHousehold', householdNumber: 'JT-NEW' }, { __typename: 'DibaoHousehold', householdNumber: 'JT-NONE' }] },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [{ householdNumber: 'JT-NEW', categoryCode: '2' }, null]);
    });
  });

  describe('persons', () => {
    test('_entities gives memberships, dibao and support state of persons, empty for strangers', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
           idNumber dibaoMemberships { household { householdNumber } name relation relationCode } onDibaoAt(date: "${D}")
           extremePovertySupport { recordId form formCode startDate endDate activeAt(date: "${D}") } supportedAt(date: "${D}") } } }`,
        { r: personRepresentations([LOWER_X.toLowerCase(), ONE_OF_TWO_ACTIVE, SUPPORT_ENDED_THEN_RENEWED, NOBODY]) },
      );
      assert.equal(result.errors, undefined);
      const [x, two, supported, nobody] = result.data?._entities;
      assert.deepEqual(x, {
        idNumber: LOWER_X,
        dibaoMemberships: [{ household: { householdNumber: 'JT-X' }, name: '辛', relation: 'CHILD', relationCode: '03' }],
        onDibaoAt: true,
        extremePovertySupport: [],
        supportedAt: false,
      });
      assert.deepEqual(
        two.dibaoMemberships.map((m: { household: { householdNumber: string } }) => m.household.householdNumber),
        ['JT-NEW', 'JT-OLD'],
      );
      assert.equal(two.onDibaoAt, true);
      assert.deepEqual(
        supported.extremePovertySupport.map((r: Record<string, unknown>) => [r.form, r.formCode, r.startDate, r.endDate, r.activeAt]),
        [
          ['INSTITUTIONAL', '1', '2020-01-01', '2023-01-01', false],
          ['AT_HOME', '2', '2023-01-01', null, true],
        ],
      );
      assert.equal(supported.supportedAt, true);
      assert.deepEqual(nobody, { idNumber: NOBODY, dibaoMemberships: [], onDibaoAt: false, extremePovertySupport: [], supportedAt: false });
    });

    test('a head known only from the household table is on dibao', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { dibaoMemberships { household { householdNumber } relation relationCode } onDibaoAt(date: "${D}") } } }`,
        { r: personRepresentations([HEAD_ONLY]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        { dibaoMemberships: [{ household: { householdNumber: 'JT-HEAD-ONLY' }, relation: 'SELF', relationCode: null }], onDibaoAt: true },
      ]);
    });

    test('a member row of a household the household table lacks is no membership and not on dibao', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { dibaoMemberships { relation } onDibaoAt(date: "${D}") } } }`,
        { r: personRepresentations([ORPHAN]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [{ dibaoMemberships: [], onDibaoAt: false }]);
    });

    test('dibao on the day the guarantee ends is false, the day before true', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { before: onDibaoAt(date: "2024-02-29") on: onDibaoAt(date: "${D}") } } }`,
        { r: personRepresentations([ENDED_ON_D]) },
      );
      assert.deepEqual(result.data?._entities, [{ before: true, on: false }]);
    });

    test('support on the day it ends is false, on the day it starts true', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { supportedAt(date: "${D}") } } }`,
        { r: personRepresentations([SUPPORT_ENDED_ON_D, SUPPORT_STARTS_ON_D]) },
      );
      assert.deepEqual(result.data?._entities, [{ supportedAt: false }, { supportedAt: true }]);
    });

    test('a malformed date argument is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { onDibaoAt(date: "2024-02-30") } } }`, {
        r: personRepresentations([OPEN_NULL]),
      });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
    });
  });

  describe('screening NOT_ON_DIBAO', () => {
    test('a guarantee that ended before the date is a hit naming the household and the end', async () => {
      const hits = await screenDibao([ENDED_BEFORE]);
      assert.deepEqual(hits, [
        { key: '0', rule: 'NOT_ON_DIBAO', evidence: `${D} 无有效的低保保障：低保家庭 JT-ENDED（2 农村低保）保障自 2023-01-01 起，至 2024-02-29 已终止` },
      ]);
    });

    test('a guarantee that ended exactly on the date is not active: a hit', async () => {
      const hits = await screenDibao([ENDED_ON_D]);
      assert.equal(hits.length, 1);
      assert.match(hits[0]!.evidence, /低保家庭 JT-ENDED-ON-D（2 农村低保）保障自 2023-01-01 起，至 2024-03-01 已终止/);
    });

    test('a guarantee that ends the day after the date is active: no hit', async () => {
      assert.deepEqual(await screenDibao([ENDS_AFTER_D]), []);
    });

    test('a guarantee that started exactly on the date is active: no hit', async () => {
      assert.deepEqual(await screenDibao([STARTS_ON_D]), []);
    });

    test('a guarantee that starts after the date is a hit saying so', async () => {
      const hits = await screenDibao([STARTS_AFTER_D]);
      assert.deepEqual(hits.map((h) => h.evidence), [`${D} 无有效的低保保障：低保家庭 JT-STARTS-AFTER（1 城市低保）保障自 2024-03-02 起，晚于 ${D}`]);
    });

    test('NULL and empty end dates are still open: no hit', async () => {
      assert.deepEqual(await screenDibao([OPEN_NULL, OPEN_EMPTY]), []);
    });

    test('a membership found through a lower-case x member ID counts', async () => {
      assert.deepEqual(await screenDibao([LOWER_X, ` ${LOWER_X.toLowerCase()} `]), []);
    });

    test('a head with no member row counts as a member: no hit', async () => {
      assert.deepEqual(await screenDibao([HEAD_ONLY]), []);
    });

    test('an unreadable end date counts as ended: a hit saying so', async () => {
      const hits = await screenDibao([UNREADABLE_END]);
      assert.deepEqual(hits.map((h) => h.evidence), [
        `${D} 无有效的低保保障：低保家庭 JT-UNREADABLE（2 农村低保）保障自 2020-01-01 起，退出低保日期“20230230”无法识别，按已终止处理`,
      ]);
    });

    test('a member row of a household the household table lacks is a hit saying so', async () => {
      const hits = await screenDibao([ORPHAN]);
      assert.deepEqual(hits.map((h) => h.evidence), [`${D} 无有效的低保保障：低保家庭 JT-GONE 有成员记录但无家庭记录`]);
    });

    test('one active household among two is enough; both inactive lists both', async () => {
      assert.deepEqual(await screenDibao([ONE_OF_TWO_ACTIVE]), []);
      const hits = await screenDibao([ONE_OF_TWO_ACTIVE], '2018-06-01');
      assert.deepEqual(hits, []);
      const early = await screenDibao([ONE_OF_TWO_ACTIVE], '2017-06-01');
      assert.deepEqual(early.map((h) => h.evidence), [
        '2017-06-01 无有效的低保保障：低保家庭 JT-NEW（2 农村低保）保障自 2019-01-01 起，晚于 2017-06-01；低保家庭 JT-OLD（2 农村低保）保障自 2018-01-01 起，晚于 2017-06-01',
      ]);
    });

    test('a person with no membership at all is a hit saying so, and no ID number is in the evidence', async () => {
      const hits = await screenDibao([NOBODY]);
      assert.deepEqual(hits, [{ key: '0', rule: 'NOT_ON_DIBAO', evidence: `${D} 不是任何低保家庭的成员` }]);
      assert.ok(!hits[0]!.evidence.includes(NOBODY.slice(6, 14)));
    });

    test('only hits are returned, keyed by the caller, in the order asked', async () => {
      const hits = await screenDibao([OPEN_NULL, ENDED_BEFORE, STARTS_ON_D, NOBODY]);
      assert.deepEqual(hits.map((h) => [h.key, h.rule]), [['1', 'NOT_ON_DIBAO'], ['3', 'NOT_ON_DIBAO']]);
    });

    test('an invalid ID number matches nothing and is a hit saying why', async () => {
      const hits = await screenDibao(['61072719700101001']);
      assert.deepEqual(hits.map((h) => h.evidence), [`身份证号无效，无法匹配低保家庭成员记录（核查日期 ${D}）`]);
    });

    test('a malformed subject date is BAD_USER_INPUT naming subjects', async () => {
      const result = await executeSubgraph(subgraph, `{ screenDibao(subjects: { keys: ["1"], idNumbers: ["${OPEN_NULL}"], dates: ["2024-13-01"] }) { keys } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });

    test('more than 10,000 subjects is BAD_USER_INPUT naming subjects', async () => {
      const s = Array.from({ length: 10_001 }, (_, i) => ({ key: String(i), idNumber: OPEN_NULL, date: D }));
      const result = await executeScreening(subgraph, `query($s: ScreeningSubjects!) { screenDibao(subjects: $s) { keys } }`, { s });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });
  });

  describe('screening NOT_SUPPORTED_PERSON', () => {
    test('support that ended exactly on the date is a hit naming the record and the end', async () => {
      const hits = await screenSupport([SUPPORT_ENDED_ON_D]);
      assert.equal(hits.length, 1);
      assert.match(hits[0]!.evidence, new RegExp(`^${D} 无有效的特困供养：供养记录 \\d+（1 集中供养）供养自 2020-01-01 起，至 2024-03-01 已终止$`));
    });

    test('support that started exactly on the date is active: no hit', async () => {
      assert.deepEqual(await screenSupport([SUPPORT_STARTS_ON_D]), []);
    });

    test('NULL and empty end dates are still open: no hit', async () => {
      assert.deepEqual(await screenSupport([SUPPORT_OPEN_NULL, SUPPORT_OPEN_EMPTY]), []);
    });

    test('support that starts after the date is a hit saying so', async () => {
      const hits = await screenSupport([SUPPORT_STARTS_AFTER_D]);
      assert.match(hits[0]!.evidence, /（2 分散供养）供养自 2024-03-02 起，晚于 2024-03-01$/);
    });

    test('a record found through a lower-case x counts', async () => {
      assert.deepEqual(await screenSupport([SUPPORT_X]), []);
    });

    test('an ended record followed by a renewed one is active on the renewal day', async () => {
      assert.deepEqual(await screenSupport([SUPPORT_ENDED_THEN_RENEWED], '2023-01-01'), []);
      assert.equal((await screenSupport([SUPPORT_ENDED_THEN_RENEWED], '2019-12-31')).length, 1);
    });

    test('a person with no record at all is a hit saying so', async () => {
      assert.deepEqual(await screenSupport([NOBODY, SUPPORT_OPEN_NULL]), [
        { key: '0', rule: 'NOT_SUPPORTED_PERSON', evidence: `${D} 无任何特困供养记录` },
      ]);
    });

    test('a malformed subject date is BAD_USER_INPUT naming subjects', async () => {
      const result = await executeSubgraph(subgraph, `{ screenExtremePoverty(subjects: { keys: ["1"], idNumbers: ["${NOBODY}"], dates: ["20240301"] }) { keys } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });
  });

  describe('batching', () => {
    // 5,000 children in 2,500 households whose heads are not asked about, so every household is
    // read through the second (household number) loader.
    const MANY = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(620000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));

    beforeAll(() => {
      bulkInsert(
        db,
        'DB_JT',
        Array.from({ length: 2500 }, (_, h) => household(`JTB${h}`, validIdNumber('630000', '19500101', String(h % 1000).padStart(3, '0')), '20200101', h % 2 ? null : '20240101')),
      );
      bulkInsert(db, 'DB_JTCY', MANY.map((id, i) => member(`JTB${Math.floor(i / 2)}`, id, '某', '03')));
      bulkInsert(db, 'TK_GYRY', MANY.slice(0, 100).map((id) => support(id, '1', '20200101', null)));
    });

    test("a head's memberships reuse the household read on the way: two statements, not three", async () => {
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { dibaoMemberships { household { householdNumber activeAt(date: "${D}") } } } } }`,
        { r: personRepresentations([HEAD_ONLY]) },
      );
      assert.equal(result.errors, undefined);
      assert.equal(subgraph.adapter.db.statementCount - before, 2);
    });

    test('resolving 5,000 persons costs 18 statements: 5 member rows, 5 heads, 3 households, 5 support', async () => {
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
           dibaoMemberships { household { householdNumber } } onDibaoAt(date: "${D}") extremePovertySupport { recordId } supportedAt(date: "${D}") } } }`,
        { r: personRepresentations(MANY) },
      );
      assert.equal(result.errors, undefined);
      const entities = result.data?._entities as Array<{ onDibaoAt: boolean; supportedAt: boolean }>;
      assert.equal(entities.length, 5000);
      // Odd households are open, even ones ended 2024-01-01: members 2,3 are in JTB1, and so on.
      assert.deepEqual(entities.slice(0, 4).map((e) => e.onDibaoAt), [false, false, true, true]);
      assert.equal(entities.filter((e) => e.supportedAt).length, 100);
      assert.equal(subgraph.adapter.db.statementCount - before, 18);
    });

    test('screening 5,000 subjects for dibao costs 13 statements and finds the 2,500 in ended households', async () => {
      const before = subgraph.adapter.db.statementCount;
      const hits = await screenDibao(MANY);
      assert.equal(hits.length, 2500);
      assert.equal(subgraph.adapter.db.statementCount - before, 13);
    });

    test('screening 5,000 subjects for support costs 5 statements', async () => {
      const before = subgraph.adapter.db.statementCount;
      const hits = await screenSupport(MANY);
      assert.equal(hits.length, 4900);
      assert.equal(subgraph.adapter.db.statementCount - before, 5);
    });
  });
});
