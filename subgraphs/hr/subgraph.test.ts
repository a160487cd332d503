import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import path from 'node:path';
import os from 'node:os';
import { hrSubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations } from '../../test-support/subgraph.js';
import { executeScreening } from '../../test-support/screening-wire.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const D = '2024-03-01';

// Card holders.
const SUBJECT = validIdNumberEndingInX('610727', '19700101');
const OTHER = validIdNumber('610727', '19720202', '011');
const OTHER_2 = validIdNumber('610727', '19730303', '021');

// Accounts, one per case.
const OWN_ACTIVE = '6217001000000000001';
const OTHERS_ACTIVE = '6217001000000000002';
const STATUS_0 = '6217001000000000010';
const STATUS_2 = '6217001000000000012';
const STATUS_3 = '6217001000000000013';
const PADDED = '6217001000000000020';
const SHARED = '6217001000000000030';
const BROKEN_HOLDER = '6217001000000000040';
const NO_CARD = '6217001000000000099';

// Employees, one per boundary.
const ENDS_ON_D = validIdNumber('610727', '19800101', '101');
const STARTS_ON_D = validIdNumber('610727', '19800101', '102');
const ENTERPRISE = validIdNumber('610727', '19800101', '103');
const OPEN_EMPTY = validIdNumber('610727', '19800101', '104');
const OPEN_NULL = validIdNumber('610727', '19800101', '105');
const LOWER_X = validIdNumberEndingInX('610727', '19810101');
const OTHER_TYPE = validIdNumber('610727', '19800101', '107');
const ENDED_PUBLIC_NOW_ENTERPRISE = validIdNumber('610727', '19800101', '108');

const HITS_QUERY = `query($s: CardAccountSubjects!) { screenCardAccounts(subjects: $s) { keys rules evidence } }`;
const EMPLOYMENT_QUERY = `query($s: ScreeningSubjects!) { screenPublicEmployment(subjects: $s) { keys rules evidence } }`;

describe('HR subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof hrSubgraph>;

  const screenAccount = async (idNumber: string, accountNumber: string) => {
    const result = await executeScreening(subgraph, HITS_QUERY, { s: [{ key: 'line-1', idNumber, accountNumber }] });
    assert.equal(result.errors, undefined);
    return result.data?.screenCardAccounts as Array<{ key: string; rule: string; evidence: string }>;
  };
  const rulesFor = async (idNumber: string, accountNumber: string) => (await screenAccount(idNumber, accountNumber)).map((h) => h.rule);

  const screenEmployment = async (idNumber: string, date = D) => {
    const result = await executeScreening(subgraph, EMPLOYMENT_QUERY, { s: [{ key: 'line-1', idNumber, date }] });
    assert.equal(result.errors, undefined);
    return result.data?.screenPublicEmployment as Array<{ key: string; rule: string; evidence: string }>;
  };

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'HR');
    await db.insert('SBK_KXX', [
      { SBKH: 'SB0001', SFZH: SUBJECT.toLowerCase(), XM: '王五', YHDM: '102', YHZH: OWN_ACTIVE, KZTDM: '1', FKRQ: '20200115' },
      { SBKH: 'SB0002', SFZH: OTHER, XM: '李四', YHDM: '102', YHZH: OTHERS_ACTIVE, KZTDM: '1', FKRQ: '20200115' },
      { SBKH: 'SB0010', SFZH: SUBJECT, XM: '王五', YHDM: '102', YHZH: STATUS_0, KZTDM: '0', FKRQ: '' },
      { SBKH: 'SB0012', SFZH: SUBJECT, XM: '王五', YHDM: '102', YHZH: STATUS_2, KZTDM: '2', FKRQ: null },
      { SBKH: 'SB0013', SFZH: SUBJECT, XM: '王五', YHDM: '102', YHZH: STATUS_3, KZTDM: '3', FKRQ: '20190101' },
      { SBKH: 'SB0020', SFZH: ` ${SUBJECT}`, XM: '王五', YHDM: '102', YHZH: ` ${PADDED}\u3000 `, KZTDM: '2', FKRQ: '20190101' },
      { SBKH: 'SB0031', SFZH: OTHER, XM: '李四', YHDM: '103', YHZH: SHARED, KZTDM: '1', FKRQ: '20180101' },
      { SBKH: 'SB0032', SFZH: OTHER_2, XM: '张三', YHDM: '103', YHZH: `${SHARED}  `, KZTDM: '3', FKRQ: '20180101' },
      { SBKH: 'SB0033', SFZH: SUBJECT, XM: '王五', YHDM: '103', YHZH: SHARED, KZTDM: '2', FKRQ: '20180101' },
      { SBKH: 'SB0040', SFZH: '61072719700101001', XM: '错号', YHDM: '104', YHZH: BROKEN_HOLDER, KZTDM: '1', FKRQ: '20180101' },
    ]);
    await db.insert('CB_DWCBRY', [
      { SFZH: ENDS_ON_D, DWBH: 'DW001', DWMC: '城固县民政局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: '20240301' },
      { SFZH: STARTS_ON_D, DWBH: 'DW002', DWMC: '城固县医院', DWLXDM: '20', CBKSRQ: '20240301', CBZZRQ: null },
      { SFZH: ENTERPRISE, DWBH: 'DW003', DWMC: '汉中某公司', DWLXDM: '30', CBKSRQ: '20200101', CBZZRQ: null },
      { SFZH: OPEN_EMPTY, DWBH: 'DW001', DWMC: '城固县民政局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: '' },
      { SFZH: OPEN_NULL, DWBH: 'DW002', DWMC: '城固县医院', DWLXDM: '20', CBKSRQ: '20200101', CBZZRQ: null },
      { SFZH: LOWER_X.toLowerCase(), DWBH: 'DW001', DWMC: '城固县民政局', DWLXDM: '10', CBKSRQ: '20200101', CBZZRQ: null },
      { SFZH: OTHER_TYPE, DWBH: 'DW009', DWMC: '合作社', DWLXDM: '90', CBKSRQ: '20200101', CBZZRQ: null },
      { SFZH: ENDED_PUBLIC_NOW_ENTERPRISE, DWBH: 'DW001', DWMC: '城固县民政局', DWLXDM: '10', CBKSRQ: '20100101', CBZZRQ: '20200101' },
      { SFZH: ENDED_PUBLIC_NOW_ENTERPRISE, DWBH: 'DW003', DWMC: '汉中某公司', DWLXDM: '30', CBKSRQ: '20200101', CBZZRQ: null },
    ]);
    subgraph = hrSubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  describe('root queries', () => {
    test('a card is found by its number typed with spaces, with its holder as a Person', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ socialSecurityCard(cardNumber: " SB0001 ") { cardNumber holder { idNumber } holderIdNumber holderName bankCode accountNumber status statusCode issueDate } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.socialSecurityCard, {
        cardNumber: 'SB0001',
        holder: { idNumber: SUBJECT },
        holderIdNumber: SUBJECT,
        holderName: '王五',
        bankCode: '102',
        accountNumber: OWN_ACTIVE,
        status: 'ACTIVE',
        statusCode: '1',
        issueDate: '2020-01-15',
      });
    });

    test('a card whose holder ID is not a valid ID has no holder Person but keeps the ID as recorded', async () => {
      const result = await executeSubgraph(subgraph, `{ socialSecurityCard(cardNumber: "SB0040") { holder { idNumber } holderIdNumber } }`);
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.socialSecurityCard, { holder: null, holderIdNumber: '61072719700101001' });
    });

    test('an unknown card number is null, not an error', async () => {
      const result = await executeSubgraph(subgraph, `{ socialSecurityCard(cardNumber: "SB9999") { cardNumber } }`);
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.socialSecurityCard, null);
    });

    test('an empty card number is BAD_USER_INPUT naming the argument', async () => {
      const result = await executeSubgraph(subgraph, `{ socialSecurityCard(cardNumber: "  ") { cardNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'cardNumber');
    });

    test('cards by account: padded legacy accounts match, several cards come back in card-number order, unknown is empty', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($a: String!, $b: String!, $c: String!) {
          padded: socialSecurityCardsByAccount(accountNumber: $a) { cardNumber accountNumber status }
          shared: socialSecurityCardsByAccount(accountNumber: $b) { cardNumber }
          none: socialSecurityCardsByAccount(accountNumber: $c) { cardNumber }
        }`,
        { a: PADDED, b: ` ${SHARED} `, c: NO_CARD },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.padded, [{ cardNumber: 'SB0020', accountNumber: PADDED, status: 'REPORTED_LOST' }]);
      assert.deepEqual(result.data?.shared, [{ cardNumber: 'SB0031' }, { cardNumber: 'SB0032' }, { cardNumber: 'SB0033' }]);
      assert.deepEqual(result.data?.none, []);
    });

    test('an empty account number is BAD_USER_INPUT naming the argument', async () => {
      const result = await executeSubgraph(subgraph, `{ socialSecurityCardsByAccount(accountNumber: "") { cardNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'accountNumber');
    });
  });

  describe('Person entities', () => {
    test('_entities resolves cards (lower-case x and padded holders included) and employments; a stranger gets empty lists', async () => {
      const stranger = validIdNumber('610727', '19990101', '002');
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
          idNumber
          socialSecurityCards { cardNumber status }
          insuredEmployments { recordId employerNumber employerName employerType employerTypeCode startDate endDate }
          publicEmployeeAt(date: "${D}")
        } } }`,
        { r: personRepresentations([SUBJECT.toLowerCase(), OPEN_EMPTY, stranger]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        {
          idNumber: SUBJECT,
          socialSecurityCards: [
            { cardNumber: 'SB0001', status: 'ACTIVE' },
            { cardNumber: 'SB0010', status: 'NOT_ACTIVATED' },
            { cardNumber: 'SB0012', status: 'REPORTED_LOST' },
            { cardNumber: 'SB0013', status: 'CANCELLED' },
            { cardNumber: 'SB0020', status: 'REPORTED_LOST' },
            { cardNumber: 'SB0033', status: 'REPORTED_LOST' },
          ],
          insuredEmployments: [],
          publicEmployeeAt: false,
        },
        {
          idNumber: OPEN_EMPTY,
          socialSecurityCards: [],
          insuredEmployments: [
            { recordId: '4', employerNumber: 'DW001', employerName: '城固县民政局', employerType: 'GOVERNMENT_ORGAN', employerTypeCode: '10', startDate: '2020-01-01', endDate: null },
          ],
          publicEmployeeAt: true,
        },
        { idNumber: stranger, socialSecurityCards: [], insuredEmployments: [], publicEmployeeAt: false },
      ]);
    });

    test('publicEmployeeAt and activeAt: ending on the day is not active, starting on it is, the day before the reverse', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
          before: publicEmployeeAt(date: "2024-02-29") on: publicEmployeeAt(date: "${D}")
          insuredEmployments { before: activeAt(date: "2024-02-29") on: activeAt(date: "${D}") }
        } } }`,
        { r: personRepresentations([ENDS_ON_D, STARTS_ON_D, ENTERPRISE]) },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        { before: true, on: false, insuredEmployments: [{ before: true, on: false }] },
        { before: false, on: true, insuredEmployments: [{ before: false, on: true }] },
        // An enterprise job is active but never public employment.
        { before: false, on: false, insuredEmployments: [{ before: true, on: true }] },
      ]);
    });

    test('a malformed date argument is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { publicEmployeeAt(date: "2024-02-30") } } }`, {
        r: personRepresentations([OPEN_NULL]),
      });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'date');
    });

    test('resolving 5,000 persons with cards, employments and publicEmployeeAt costs ten statements', async () => {
      const ids = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(620000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { socialSecurityCards { cardNumber } insuredEmployments { recordId } publicEmployeeAt(date: "${D}") } } }`,
        { r: personRepresentations(ids) },
      );
      assert.equal(result.errors, undefined);
      assert.equal(result.data?._entities.length, 5000);
      assert.equal(subgraph.adapter.db.statementCount - before, 10);
    });
  });

  describe('screenCardAccounts', () => {
    test('the subject’s own active card (holder stored with a lower-case x) yields no hit', async () => {
      assert.deepEqual(await rulesFor(SUBJECT, OWN_ACTIVE), []);
    });

    test('another person’s active card is CARD_HOLDER_MISMATCH only, with masked holder, card number and status', async () => {
      const hits = await screenAccount(SUBJECT, OTHERS_ACTIVE);
      assert.deepEqual(hits.map((h) => [h.key, h.rule]), [['line-1', 'CARD_HOLDER_MISMATCH']]);
      assert.match(hits[0]!.evidence, /SB0002/);
      assert.match(hits[0]!.evidence, new RegExp(`持卡人 ${OTHER.slice(0, 4)}\\*{10}${OTHER.slice(-4)}`));
      assert.match(hits[0]!.evidence, /状态 1 正常/);
      assert.doesNotMatch(hits[0]!.evidence, new RegExp(OTHER));
    });

    test('the same account screened for its holder is clean: the rule compares holders, not accounts', async () => {
      assert.deepEqual(await rulesFor(OTHER, OTHERS_ACTIVE), []);
    });

    test('status 0, 2 and 3 are CARD_NOT_ACTIVE; status 1 is not', async () => {
      assert.deepEqual(await rulesFor(SUBJECT, STATUS_0), ['CARD_NOT_ACTIVE']);
      assert.deepEqual(await rulesFor(SUBJECT, STATUS_2), ['CARD_NOT_ACTIVE']);
      assert.deepEqual(await rulesFor(SUBJECT, STATUS_3), ['CARD_NOT_ACTIVE']);
      assert.deepEqual(await rulesFor(SUBJECT, OWN_ACTIVE), []);
      const [hit] = await screenAccount(SUBJECT, STATUS_2);
      assert.match(hit!.evidence, /SB0012（.*状态 2 挂失/);
    });

    test('an account padded in the legacy table still matches, and so does a padded account asked for', async () => {
      assert.deepEqual(await rulesFor(SUBJECT, PADDED), ['CARD_NOT_ACTIVE']);
      assert.deepEqual(await rulesFor(SUBJECT, `\u3000${STATUS_3} `), ['CARD_NOT_ACTIVE']);
    });

    test('a shared account fires each rule once, naming every card that qualifies', async () => {
      const hits = await screenAccount(SUBJECT, SHARED);
      assert.deepEqual(hits.map((h) => h.rule), ['CARD_HOLDER_MISMATCH', 'CARD_NOT_ACTIVE']);
      const [mismatch, inactive] = hits;
      assert.match(mismatch!.evidence, /SB0031.*SB0032/);
      assert.doesNotMatch(mismatch!.evidence, /SB0033/);
      assert.match(inactive!.evidence, /SB0032.*SB0033/);
      assert.doesNotMatch(inactive!.evidence, /SB0031/);
    });

    test('an account that is no card’s account yields neither rule, nor does an empty account', async () => {
      assert.deepEqual(await rulesFor(SUBJECT, NO_CARD), []);
      assert.deepEqual(await rulesFor(SUBJECT, '  '), []);
    });

    test('a subject with an invalid ID matches nothing; a subject typed with a lower-case x is the holder', async () => {
      assert.deepEqual(await rulesFor('61072719700101001', OTHERS_ACTIVE), []);
      assert.deepEqual(await rulesFor(` ${SUBJECT.toLowerCase()} `, OWN_ACTIVE), []);
    });

    test('a card whose holder ID is malformed is held by another person than a valid subject', async () => {
      assert.deepEqual(await rulesFor(SUBJECT, BROKEN_HOLDER), ['CARD_HOLDER_MISMATCH']);
    });

    test('hits keep the caller’s keys and order across many subjects', async () => {
      const result = await executeScreening(subgraph, HITS_QUERY, {
        s: [
          { key: 'a', idNumber: SUBJECT, accountNumber: OWN_ACTIVE },
          { key: 'b', idNumber: SUBJECT, accountNumber: OTHERS_ACTIVE },
          { key: 'c', idNumber: OTHER, accountNumber: STATUS_3 },
        ],
      });
      assert.equal(result.errors, undefined);
      assert.deepEqual(
        result.data?.screenCardAccounts.map((h: { key: string; rule: string }) => [h.key, h.rule]),
        [
          ['b', 'CARD_HOLDER_MISMATCH'],
          ['c', 'CARD_HOLDER_MISMATCH'],
          ['c', 'CARD_NOT_ACTIVE'],
        ],
      );
    });

    test('5,000 subjects cost one statement: cards whose account starts with padding are read once', async () => {
      const subjects = Array.from({ length: 5000 }, (_, i) => ({ key: String(i), idNumber: SUBJECT, accountNumber: `62180000${String(i).padStart(11, '0')}` }));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeScreening(subgraph, HITS_QUERY, { s: subjects });
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.screenCardAccounts, []);
      assert.equal(subgraph.adapter.db.statementCount - before, 1);
    });

    test('more than 10,000 subjects is BAD_USER_INPUT naming subjects', async () => {
      const subjects = Array.from({ length: 10_001 }, (_, i) => ({ key: String(i), idNumber: SUBJECT, accountNumber: OWN_ACTIVE }));
      const result = await executeScreening(subgraph, HITS_QUERY, { s: subjects });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });
  });

  describe('screenPublicEmployment', () => {
    test('employment with a government organ ending exactly on the date is not active; the day before it is', async () => {
      assert.deepEqual(await screenEmployment(ENDS_ON_D), []);
      assert.deepEqual((await screenEmployment(ENDS_ON_D, '2024-02-29')).map((h) => h.rule), ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    });

    test('employment with a public institution starting on the date is active; the day before it is not', async () => {
      const hits = await screenEmployment(STARTS_ON_D);
      assert.deepEqual(hits.map((h) => [h.key, h.rule]), [['line-1', 'PUBLIC_EMPLOYEE_ON_DIBAO']]);
      assert.match(hits[0]!.evidence, /^2024-03-01 在机关事业单位参保：参保记录 2：DW002 城固县医院（20 事业单位），2024-03-01 起，无终止日期$/);
      assert.deepEqual(await screenEmployment(STARTS_ON_D, '2024-02-29'), []);
    });

    test('an enterprise (30) or other (90) employer never fires', async () => {
      assert.deepEqual(await screenEmployment(ENTERPRISE), []);
      assert.deepEqual(await screenEmployment(OTHER_TYPE), []);
    });

    test('an empty-string end and a NULL end are both still open', async () => {
      assert.deepEqual((await screenEmployment(OPEN_EMPTY)).map((h) => h.rule), ['PUBLIC_EMPLOYEE_ON_DIBAO']);
      assert.deepEqual((await screenEmployment(OPEN_NULL)).map((h) => h.rule), ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    });

    test('an employee stored with a lower-case x is found by the normalised ID', async () => {
      assert.deepEqual((await screenEmployment(LOWER_X)).map((h) => h.rule), ['PUBLIC_EMPLOYEE_ON_DIBAO']);
    });

    test('past public employment followed by an enterprise job does not fire now, but did while it lasted', async () => {
      assert.deepEqual(await screenEmployment(ENDED_PUBLIC_NOW_ENTERPRISE), []);
      const [hit] = await screenEmployment(ENDED_PUBLIC_NOW_ENTERPRISE, '2019-12-31');
      assert.match(hit!.evidence, /^2019-12-31 在机关事业单位参保：.*2010-01-01 起，至 2020-01-01$/);
    });

    test('each subject is screened at its own date, and an invalid ID matches nothing', async () => {
      const result = await executeScreening(subgraph, EMPLOYMENT_QUERY, {
        s: [
          { key: 'a', idNumber: ENDS_ON_D, date: '2024-02-29' },
          { key: 'b', idNumber: ENDS_ON_D, date: D },
          { key: 'c', idNumber: '6107271980010110', date: D },
          { key: 'd', idNumber: ` ${LOWER_X.toLowerCase()}`, date: D },
        ],
      });
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.screenPublicEmployment.map((h: { key: string }) => h.key), ['a', 'd']);
    });

    test('a malformed date in any subject is BAD_USER_INPUT naming subjects', async () => {
      const result = await executeScreening(subgraph, EMPLOYMENT_QUERY, {
        s: [
          { key: 'a', idNumber: OPEN_NULL, date: D },
          { key: 'b', idNumber: OPEN_NULL, date: '2024-02-30' },
        ],
      });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'subjects');
    });

    test('5,000 subjects cost five statements', async () => {
      const subjects = Array.from({ length: 5000 }, (_, i) => ({
        key: String(i),
        idNumber: validIdNumber(String(630000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')),
        date: D,
      }));
      const before = subgraph.adapter.db.statementCount;
      const result = await executeScreening(subgraph, EMPLOYMENT_QUERY, { s: subjects });
      assert.equal(result.errors, undefined);
      assert.equal(subgraph.adapter.db.statementCount - before, 5);
    });
  });

  describe('when the HR database cannot be read', () => {
    let down: ReturnType<typeof hrSubgraph>;
    beforeAll(() => {
      down = hrSubgraph({ kind: 'sqlite', file: path.join(os.tmpdir(), 'hub-hr-missing', 'rsj_sb.sqlite') });
    });
    afterAll(async () => {
      await down.close();
    });

    test('the Person fields become null with an error naming the department', async () => {
      const result = await executeSubgraph(down, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber socialSecurityCards { cardNumber } } } }`, {
        r: personRepresentations([SUBJECT]),
      });
      assert.deepEqual(result.data?._entities, [{ idNumber: SUBJECT, socialSecurityCards: null }]);
      assert.equal(result.errors?.[0]?.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
      assert.equal(result.errors?.[0]?.extensions?.department, 'HR');
    });

    test('a screening query fails rather than reporting the subjects clean', async () => {
      const result = await executeScreening(down, HITS_QUERY, { s: [{ key: 'a', idNumber: SUBJECT, accountNumber: OTHERS_ACTIVE }] });
      assert.equal(result.data, null);
      assert.equal(result.errors?.[0]?.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
    });
  });
});
