import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip, testOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { CivilAffairsAdapter, householdMembersWithHead } from './adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const HEAD_X = validIdNumberEndingInX('610727', '19600302');
const SPOUSE = validIdNumber('610727', '19620505', '021');
const CHILD = validIdNumber('610727', '19900101', '031');
const HEAD_ONLY = validIdNumber('610727', '19550808', '011');
const OTHER_MEMBER = validIdNumber('610727', '19700101', '041');
const SUPPORTED_X = validIdNumberEndingInX('610727', '19401010');
const PADDED = validIdNumber('610727', '19451111', '051');

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`civil affairs adapter on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: CivilAffairsAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'CIVIL_AFFAIRS');
      await db.insert('DB_JT', [
        { JTBH: 'JT001', HZSFZH: HEAD_X.replace(/X$/, 'x'), XZQHDM: '610727101001', BZLBDM: '2', YBZJE: '12345678.91', NBRQ: '20230101', TBRQ: null },
        { JTBH: 'JT002', HZSFZH: HEAD_ONLY, XZQHDM: '610727102003', BZLBDM: '1', YBZJE: '0.10', NBRQ: '20200101', TBRQ: '' },
        { JTBH: 'JT003', HZSFZH: '', XZQHDM: null, BZLBDM: '7', YBZJE: null, NBRQ: '', TBRQ: '20230230' },
        { JTBH: 'JT004', HZSFZH: null, XZQHDM: '610727101001', BZLBDM: null, YBZJE: '450.00', NBRQ: '20210301', TBRQ: '20240301' },
      ]);
      await db.insert('DB_JTCY', [
        { JTBH: 'JT001', SFZH: HEAD_X.replace(/X$/, 'x'), XM: ' 王\u3000秀英\u3000', YHZGXDM: '01' },
        { JTBH: 'JT001', SFZH: SPOUSE, XM: '李四 ', YHZGXDM: '02' },
        { JTBH: 'JT001', SFZH: CHILD, XM: '李小四', YHZGXDM: '03' },
        { JTBH: 'JT004', SFZH: OTHER_MEMBER, XM: '赵六', YHZGXDM: '99' },
        { JTBH: 'JT003', SFZH: OTHER_MEMBER, XM: '赵六', YHZGXDM: '5' },
        { JTBH: 'JT002', SFZH: CHILD, XM: '李小四', YHZGXDM: null },
      ]);
      await db.insert('TK_GYRY', [
        { SFZH: SUPPORTED_X.replace(/X$/, 'x'), XM: '\u3000孙七 ', GYXSDM: '1', KSRQ: '20220101', ZZRQ: '' },
        { SFZH: SUPPORTED_X, XM: '孙七', GYXSDM: '2', KSRQ: '20180101', ZZRQ: '20220101' },
        { SFZH: OTHER_MEMBER, XM: '赵六', GYXSDM: '3', KSRQ: '20200101', ZZRQ: '2024' },
        { SFZH: CHILD, XM: '李小四', GYXSDM: null, KSRQ: null, ZZRQ: null },
      ]);
      adapter = new CivilAffairsAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    test('a member row with a lower-case x is found by the normalised upper-case ID', async () => {
      const { memberships } = await adapter.membershipsByIdNumbers([HEAD_X]);
      assert.deepEqual(
        memberships.get(HEAD_X)?.map((m) => [m.householdNumber, m.idNumber, m.source]),
        [['JT001', HEAD_X, 'MEMBER_ROW']],
      );
    });

    test('a head with a member row of their own is not listed twice', async () => {
      const { memberships, headedHouseholds } = await adapter.membershipsByIdNumbers([HEAD_X]);
      assert.equal(memberships.get(HEAD_X)?.length, 1);
      assert.equal(headedHouseholds.get('JT001')?.headIdNumber, HEAD_X);
    });

    test('a head known only from the household table is a member with relation SELF and no stored code', async () => {
      const { memberships, headedHouseholds } = await adapter.membershipsByIdNumbers([HEAD_ONLY]);
      assert.deepEqual(memberships.get(HEAD_ONLY), [
        { memberId: null, source: 'HEAD_OF_HOUSEHOLD', householdNumber: 'JT002', idNumber: HEAD_ONLY, name: null, relation: 'SELF', relationCode: null },
      ]);
      assert.deepEqual([...headedHouseholds.keys()], ['JT002']);
    });

    test('a person in several households gets every membership, ordered by household number', async () => {
      const { memberships } = await adapter.membershipsByIdNumbers([CHILD, OTHER_MEMBER]);
      assert.deepEqual(memberships.get(CHILD)?.map((m) => [m.householdNumber, m.relation, m.relationCode]), [
        ['JT001', 'CHILD', '03'],
        ['JT002', 'UNRECOGNISED', null],
      ]);
      assert.deepEqual(memberships.get(OTHER_MEMBER)?.map((m) => [m.householdNumber, m.relation, m.relationCode]), [
        ['JT003', 'UNRECOGNISED', '5'],
        ['JT004', 'OTHER', '99'],
      ]);
    });

    test('member names lose ASCII and full-width padding but keep inner spaces', async () => {
      const { memberships } = await adapter.membershipsByIdNumbers([HEAD_X, SPOUSE]);
      assert.equal(memberships.get(HEAD_X)?.[0]?.name, '王\u3000秀英');
      assert.equal(memberships.get(SPOUSE)?.[0]?.name, '李四');
    });

    test('DECIMAL allowances stay exact to the fen', async () => {
      const found = await adapter.householdsByNumbers(['JT001', 'JT002', 'JT003', 'JT004']);
      assert.deepEqual(
        ['JT001', 'JT002', 'JT003', 'JT004'].map((n) => found.get(n)?.monthlyAllowanceFen),
        [1234567891, 10, null, 45000],
      );
    });

    test('NULL and empty end dates are open, an impossible one is an end on an unknown day with its stored text kept', async () => {
      const found = await adapter.householdsByNumbers(['JT001', 'JT002', 'JT003', 'JT004']);
      assert.deepEqual(
        ['JT001', 'JT002', 'JT003', 'JT004'].map((n) => [found.get(n)?.startDate, found.get(n)?.endDate, found.get(n)?.endDateUnreadable]),
        [
          ['2023-01-01', null, null],
          ['2020-01-01', null, null],
          [null, null, '20230230'],
          ['2021-03-01', '2024-03-01', null],
        ],
      );
    });

    test('household codes map to named values and keep the stored code', async () => {
      const found = await adapter.householdsByNumbers(['JT001', 'JT002', 'JT003', 'JT004']);
      assert.deepEqual(
        ['JT001', 'JT002', 'JT003', 'JT004'].map((n) => [found.get(n)?.category, found.get(n)?.categoryCode]),
        [['RURAL', '2'], ['URBAN', '1'], ['UNRECOGNISED', '7'], ['UNRECOGNISED', null]],
      );
      assert.equal(found.get('JT002')?.divisionCode, '610727102003');
    });

    test('a blank or NULL head ID is null, and a lower-case x head is normalised', async () => {
      const found = await adapter.householdsByNumbers(['JT001', 'JT003', 'JT004']);
      assert.deepEqual(['JT001', 'JT003', 'JT004'].map((n) => found.get(n)?.headIdNumber), [HEAD_X, null, null]);
    });

    test('household numbers are matched exactly after trimming, and unknown ones are absent', async () => {
      const found = await adapter.householdsByNumbers(['JT001', 'jt002', 'JT999']);
      assert.deepEqual([...found.keys()], ['JT001']);
    });

    test('the members of a household are its rows, with the head added only when no row carries the head', async () => {
      const rows = await adapter.memberRowsByHouseholdNumbers(['JT001', 'JT002', 'JT003']);
      const households = await adapter.householdsByNumbers(['JT001', 'JT002', 'JT003']);
      const members = (n: string) => householdMembersWithHead(households.get(n)!, rows.get(n) ?? []).map((m) => [m.idNumber, m.relation]);
      assert.deepEqual(members('JT001'), [[HEAD_X, 'SELF'], [SPOUSE, 'SPOUSE'], [CHILD, 'CHILD']]);
      assert.deepEqual(members('JT002'), [[HEAD_ONLY, 'SELF'], [CHILD, 'UNRECOGNISED']]);
      assert.deepEqual(members('JT003'), [[OTHER_MEMBER, 'UNRECOGNISED']]);
    });

    test('support records are found through a lower-case x, ordered by start date, with exact codes and dates', async () => {
      const found = await adapter.supportRecordsByIdNumbers([SUPPORTED_X, OTHER_MEMBER, CHILD]);
      assert.deepEqual(
        found.get(SUPPORTED_X)?.map((r) => [r.name, r.form, r.formCode, r.startDate, r.endDate, r.endDateUnreadable]),
        [
          ['孙七', 'AT_HOME', '2', '2018-01-01', '2022-01-01', null],
          ['孙七', 'INSTITUTIONAL', '1', '2022-01-01', null, null],
        ],
      );
      assert.deepEqual(
        found.get(OTHER_MEMBER)?.map((r) => [r.form, r.formCode, r.endDate, r.endDateUnreadable]),
        [['UNRECOGNISED', '3', null, '2024']],
      );
      assert.deepEqual(found.get(CHILD)?.map((r) => [r.form, r.formCode, r.startDate, r.endDate, r.endDateUnreadable]), [['UNRECOGNISED', null, null, null, null]]);
      assert.match(found.get(SUPPORTED_X)![0]!.recordId, /^\d+$/);
    });

    test('IDs without records are simply absent', async () => {
      const unknown = validIdNumber('610727', '19990909', '999');
      const { memberships, headedHouseholds } = await adapter.membershipsByIdNumbers([unknown]);
      const support = await adapter.supportRecordsByIdNumbers([unknown]);
      assert.deepEqual([memberships.size, headedHouseholds.size, support.size], [0, 0, 0]);
    });

    test('looking up memberships of 2,500 ID numbers costs two statements per 1,000, support records one', async () => {
      const ids = Array.from({ length: 2500 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      let before = adapter.db.statementCount;
      await adapter.membershipsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 6);
      before = adapter.db.statementCount;
      await adapter.supportRecordsByIdNumbers(ids);
      assert.equal(adapter.db.statementCount - before, 3);
    });

    testOrSkip('padded ID numbers are found by the normalised ID', { skip: dialect !== 'sqlite' && 'a MariaDB CHAR(18) cannot hold a padded ID' }, async () => {
      await db.insert('DB_JT', [{ JTBH: 'JT010', HZSFZH: `\u3000${PADDED} `, XZQHDM: null, BZLBDM: '1', YBZJE: '1.00', NBRQ: '20200101', TBRQ: null }]);
      await db.insert('DB_JTCY', [{ JTBH: 'JT011', SFZH: ` ${PADDED}\u3000`, XM: '周八', YHZGXDM: '03' }]);
      await db.insert('TK_GYRY', [{ SFZH: `${PADDED}  `, XM: '周八', GYXSDM: '1', KSRQ: '20200101', ZZRQ: null }]);
      const { memberships } = await adapter.membershipsByIdNumbers([PADDED]);
      assert.deepEqual(memberships.get(PADDED)?.map((m) => [m.householdNumber, m.source, m.idNumber]), [
        ['JT010', 'HEAD_OF_HOUSEHOLD', PADDED],
        ['JT011', 'MEMBER_ROW', PADDED],
      ]);
      const support = await adapter.supportRecordsByIdNumbers([PADDED]);
      assert.equal(support.get(PADDED)?.length, 1);
    });

    test('the screening reads give the memberships, households and support records the rules read as the full records have them, in as many statements', async () => {
      const ids = [HEAD_X, SPOUSE, CHILD, HEAD_ONLY, OTHER_MEMBER, SUPPORTED_X, PADDED, validIdNumber('610727', '19990909', '998')];
      const householdFields = ['householdNumber', 'headIdNumber', 'category', 'categoryCode', 'startDate', 'startDateUnreadable', 'endDate', 'endDateUnreadable'] as const;
      const household = (record: Record<(typeof householdFields)[number], unknown>) => Object.fromEntries(householdFields.map((field) => [field, record[field]]));
      const counted = async <T>(read: () => Promise<T>): Promise<[T, number]> => {
        const before = adapter.db.statementCount;
        const result = await read();
        return [result, adapter.db.statementCount - before];
      };

      const [full, fullStatements] = await counted(() => adapter.membershipsByIdNumbers(ids));
      const [screening, screeningStatements] = await counted(() => adapter.screeningMembershipsByIdNumbers(ids));
      assert.equal(screeningStatements, fullStatements);
      assert.deepEqual(
        [...screening.memberships],
        [...full.memberships].map(([id, list]) => [id, list.map((m) => ({ memberId: m.memberId, householdNumber: m.householdNumber, idNumber: m.idNumber }))]),
      );
      assert.deepEqual([...screening.headedHouseholds].map(([n, h]) => [n, household(h)]), [...full.headedHouseholds].map(([n, h]) => [n, household(h)]));

      const numbers = ['JT001', 'JT002', 'JT003', 'JT004', 'jt001', 'JT999'];
      const [fullHouseholds, householdStatements] = await counted(() => adapter.householdsByNumbers(numbers));
      const [screeningHouseholds, screeningHouseholdStatements] = await counted(() => adapter.screeningHouseholdsByNumbers(numbers));
      assert.equal(screeningHouseholdStatements, householdStatements);
      assert.deepEqual([...screeningHouseholds].map(([n, h]) => [n, household(h)]), [...fullHouseholds].map(([n, h]) => [n, household(h)]));
      assert.equal(screeningHouseholds.size, 4);

      const [fullSupport, supportStatements] = await counted(() => adapter.supportRecordsByIdNumbers(ids));
      const [screeningSupport, screeningSupportStatements] = await counted(() => adapter.screeningSupportByIdNumbers(ids));
      assert.equal(screeningSupportStatements, supportStatements);
      assert.deepEqual([...screeningSupport], [...fullSupport].map(([id, list]) => [id, list.map(({ name: _name, ...rest }) => rest)]));
      assert.ok(screeningSupport.get(SUPPORTED_X)!.length > 1);
    });
  });
}
