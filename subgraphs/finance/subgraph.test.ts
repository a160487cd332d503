import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { financeSubgraph } from './subgraph.js';
import { executeSubgraph, personRepresentations, type SubgraphResult } from '../../test-support/subgraph.js';
import { executeScreening } from '../../test-support/screening-wire.js';
import { createLegacyTestDatabase, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import type { Identity } from '../../access/identity.js';

const person = (sequence: string) => validIdNumber('610727', '19500101', sequence);
const DUP = person('001');
const FAILED_FIRST = person('002');
const LOWER_X = validIdNumberEndingInX('610727', '19520101');
const PADDED = person('004');
const SAME_BATCH = person('005');
const RETIRED = person('006');
const SAME_ACCOUNT = person('007');
const TWO_ACCOUNTS = person('008');
const WRONG_ACCOUNT = person('009');
const NO_ACCOUNT = person('010');
const AMOUNT = person('011');
const AMOUNT2 = person('012');
// A valid ID with its check character changed: what the caller reports as ID_INVALID.
const INVALID = DUP.slice(0, 17) + (DUP.endsWith('0') ? '1' : '0');

const A = 'PC-DB-202403-A';
const B = 'PC-DB-202403-B';
const APRIL = 'PC-DB-202404';
const GL = 'PC-GL-202403';
const XS = 'PC-XS-202403';
const XS_APRIL = 'PC-XS-202404';
const BIG = 'PC-BIG-202403';

const acc = (n: string) => `62280000000000${n}`;

function line(MXID: number, PCH: string, SFZH: string, YHZH: string, JE: string, FFZTDM = '1'): LegacyRow<'FF_MX'> {
  return { MXID, PCH, SFZH, XM: ' 张三\u3000', YHZH, JE, FFZTDM, SBYY: FFZTDM === '2' ? '账户已冻结' : null, DZSJ: FFZTDM === '1' ? '2024-03-06 08:00:00' : null };
}

function account(SFZH: string, YHZH: string, ZT = '1', DJRQ: string | null = '20200101'): LegacyRow<'BT_DXZH'> {
  return { SFZH, XM: '张三', ZHLXDM: '1', KHYHDM: '103', YHZH, ZT, DJRQ };
}

const BIG_IDS = Array.from({ length: 1000 }, (_, i) => validIdNumber('620102', '19600101', String(i).padStart(3, '0')));

describe('finance subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof financeSubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'FINANCE');
    await db.insert('BT_XM', [
      { XMDM: 'DB', XMMC: '城乡最低生活保障金', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: 'DIBAO ', ZCYJ: '民发〔2024〕1号', GKBZ: '1', ND: '2024' },
      { XMDM: 'GL', XMMC: '高龄津贴', ZGBMDM: 'NY', ZJJCDM: '4', FFZQDM: 'Y', BZJE: null, ZGTJ: 'AGE_80', ZCYJ: '县政发〔2023〕9号', GKBZ: '0', ND: '2023' },
      { XMDM: 'XS', XMMC: '小额补贴', ZGBMDM: 'CZ', ZJJCDM: '3', FFZQDM: 'Q', BZJE: '0.30', ZGTJ: null, ZCYJ: '', GKBZ: '1', ND: '2024' },
      { XMDM: 'BIG', XMMC: '大批次', ZGBMDM: 'CZ', ZJJCDM: '2', FFZQDM: 'O', BZJE: null, ZGTJ: '', ZCYJ: null, GKBZ: '1', ND: '2024' },
    ]);
    await db.insert('FF_PC', [
      { PCH: A, XMDM: 'DB', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: 'u01', SHR: 'a01', TJSJ: '2024-03-05 10:00:00' },
      { PCH: B, XMDM: 'DB', FFQJ: '202403', XZQHDM: '610727', ZTDM: '02', LRR: 'u02', SHR: 'a01', TJSJ: null },
      { PCH: APRIL, XMDM: 'DB', FFQJ: '202404', XZQHDM: '610727', ZTDM: '01', LRR: 'u01', SHR: null, TJSJ: null },
      { PCH: GL, XMDM: 'GL', FFQJ: '202403', XZQHDM: '610728', ZTDM: '05', LRR: 'u03', SHR: 'a02', TJSJ: null },
      { PCH: XS, XMDM: 'XS', FFQJ: '202403', XZQHDM: '610727', ZTDM: '03', LRR: 'u01', SHR: 'a01', TJSJ: null },
      { PCH: XS_APRIL, XMDM: 'XS', FFQJ: '202404', XZQHDM: '610727', ZTDM: '01', LRR: 'u01', SHR: null, TJSJ: null },
      { PCH: BIG, XMDM: 'BIG', FFQJ: '202403', XZQHDM: '620102', ZTDM: '01', LRR: 'u09', SHR: null, TJSJ: null },
    ]);
    await db.insert('FF_MX', [
      line(101, A, DUP, acc('01'), '500.00'),
      line(150, A, DUP, acc('01'), '500.00', '2'),
      line(201, B, DUP, acc('01'), '500.00', '0'),
      line(301, APRIL, DUP, acc('01'), '500.00', '0'),
      line(102, A, FAILED_FIRST, acc('02'), '500.00', '2'),
      line(202, B, FAILED_FIRST, acc('02'), '500.00', '0'),
      line(103, A, LOWER_X.replace(/X$/, 'x'), acc('03'), '500.00'),
      line(203, B, LOWER_X, acc('03'), '500.00', '0'),
      line(104, A, `\u3000${PADDED} `, acc('04'), '500.00'),
      line(204, B, PADDED, acc('04'), '500.00', '0'),
      line(105, A, SAME_BATCH, acc('05'), '500.00'),
      line(106, A, SAME_BATCH, acc('05'), '500.00'),
      line(107, A, RETIRED, acc('06'), '500.00'),
      line(108, A, SAME_ACCOUNT, ` ${acc('07')} `, '500.00'),
      line(109, A, TWO_ACCOUNTS, acc('08'), '500.00'),
      line(110, A, WRONG_ACCOUNT, acc('90'), '500.00'),
      line(111, A, NO_ACCOUNT, acc('01'), '500.00'),
      line(112, A, AMOUNT, acc('11'), '500.01'),
      line(113, GL, AMOUNT, acc('11'), '99999.99'),
      line(114, XS, AMOUNT, acc('11'), '0.30'),
      line(115, XS, AMOUNT2, acc('12'), '0.31'),
      line(116, XS_APRIL, AMOUNT, acc('11'), '0.10'),
      line(117, XS_APRIL, AMOUNT2, acc('12'), '0.20'),
      line(119, A, INVALID, acc('99'), '9999.00'),
      ...BIG_IDS.map((id, i) => line(10_000 + i, BIG, id, acc('50'), '1.00', '0')),
    ]);
    await db.insert('BT_DXZH', [
      account(DUP, acc('01')),
      account(FAILED_FIRST, acc('02')),
      account(LOWER_X.replace(/X$/, 'x'), acc('03')),
      account(` ${PADDED}\u3000`, acc('04')),
      account(SAME_BATCH, acc('05')),
      account(RETIRED, acc('06'), '0'),
      account(SAME_ACCOUNT, acc('07')),
      account(SAME_ACCOUNT, ` ${acc('07')}`, '1', ''),
      account(SAME_ACCOUNT, acc('77'), '0'),
      account(TWO_ACCOUNTS, acc('08')),
      account(TWO_ACCOUNTS, acc('88'), '1', '20230301'),
      account(TWO_ACCOUNTS, acc('98'), '0'),
      account(WRONG_ACCOUNT, acc('09')),
      account(AMOUNT, acc('11')),
      account(AMOUNT2, acc('12')),
    ]);
    subgraph = financeSubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph.close();
    await db.drop();
  });

  async function screen(lineIds: Array<string | number>) {
    const result = await executeScreening(subgraph, `query($ids: [ID!]!) { screenPaymentLines(lineIds: $ids) { keys rules evidence } }`, {
      ids: lineIds.map(String),
    });
    assert.equal(result.errors, undefined);
    return result.data?.screenPaymentLines as Array<{ key: string; rule: string; evidence: string }>;
  }

  async function flagged(rule: string, lineIds: Array<string | number>): Promise<string[]> {
    return (await screen(lineIds)).filter((hit) => hit.rule === rule).map((hit) => hit.key).sort();
  }

  describe('programmes', () => {
    test('a programme shows its codes, exact standard and condition, and its batches of a period', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ programme(code: " DB ") { code name department departmentCode fundingLevel paymentCycle paymentCycleCode standardAmount eligibilityCondition policyBasis published year batches(period: "202403") { batchNumber } } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.programme, {
        code: 'DB',
        name: '城乡最低生活保障金',
        department: 'CIVIL_AFFAIRS',
        departmentCode: 'MZ',
        fundingLevel: 'CENTRAL',
        paymentCycle: 'MONTHLY',
        paymentCycleCode: 'M',
        standardAmount: '500.00',
        eligibilityCondition: 'DIBAO',
        policyBasis: '民发〔2024〕1号',
        published: true,
        year: '2024',
        batches: [{ batchNumber: A }, { batchNumber: B }],
      });
    });

    test('a programme without a standard has a null standard amount, and an unknown programme is null', async () => {
      const result = await executeSubgraph(subgraph, `{ gl: programme(code: "GL") { standardAmount department published } none: programme(code: "NONE") { code } }`);
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data, { gl: { standardAmount: null, department: 'AGRICULTURE', published: false }, none: null });
    });

    test('programmes filter by published, year and department code or name', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ published: programmes(published: true) { code } unpublished: programmes(published: false) { code } y2023: programmes(year: "2023") { code } mz: programmes(department: "MZ") { code } named: programmes(department: "civil_affairs") { code } all: programmes { code } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data, {
        published: [{ code: 'BIG' }, { code: 'DB' }, { code: 'XS' }],
        unpublished: [{ code: 'GL' }],
        y2023: [{ code: 'GL' }],
        mz: [{ code: 'DB' }],
        named: [{ code: 'DB' }],
        all: [{ code: 'BIG' }, { code: 'DB' }, { code: 'GL' }, { code: 'XS' }],
      });
    });

    test('a malformed year is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `{ programmes(year: "24") { code } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'year');
    });
  });

  describe('batches and lines', () => {
    test('a batch shows its programme, period, status, line count and exact total', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ batch(batchNumber: "${A}") { batchNumber programme { code } period periodStart countyCode status statusCode enteredBy approvedBy sentToBankAt lineCount totalAmount } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.batch, {
        batchNumber: A,
        programme: { code: 'DB' },
        period: '202403',
        periodStart: '2024-03-01',
        countyCode: '610727',
        status: 'PAID',
        statusCode: '04',
        enteredBy: 'u01',
        approvedBy: 'a01',
        sentToBankAt: '2024-03-05T02:00:00.000Z',
        lineCount: 14,
        totalAmount: '16499.01',
      });
    });

    test('a batch total of 0.10 and 0.20 is exactly 0.30', async () => {
      const result = await executeSubgraph(subgraph, `{ batch(batchNumber: "${XS_APRIL}") { lineCount totalAmount } }`);
      assert.deepEqual(result.data?.batch, { lineCount: 2, totalAmount: '0.30' });
    });

    test('an unknown batch is null', async () => {
      const result = await executeSubgraph(subgraph, `{ batch(batchNumber: "NOPE") { batchNumber } }`);
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.batch, null);
    });

    test('lines page by line id: the end cursor of one page starts the next', async () => {
      const query = `query($after: String) { batch(batchNumber: "${B}") { lines(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`;
      const first = await executeSubgraph(subgraph, query);
      assert.equal(first.errors, undefined);
      assert.deepEqual(first.data?.batch.lines, {
        edges: [
          { cursor: '201', node: { id: '201' } },
          { cursor: '202', node: { id: '202' } },
        ],
        pageInfo: { hasNextPage: true, endCursor: '202' },
      });
      const second = await executeSubgraph(subgraph, query, { after: first.data?.batch.lines.pageInfo.endCursor });
      assert.deepEqual(second.data?.batch.lines, {
        edges: [
          { cursor: '203', node: { id: '203' } },
          { cursor: '204', node: { id: '204' } },
        ],
        pageInfo: { hasNextPage: false, endCursor: '204' },
      });
    });

    test('more than 5,000 lines per page is BAD_USER_INPUT naming first, and a foreign cursor names after', async () => {
      const tooMany = await executeSubgraph(subgraph, `{ batch(batchNumber: "${A}") { lines(first: 5001) { edges { cursor } } } }`);
      assert.equal(tooMany.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(tooMany.errors?.[0]?.extensions?.argumentName, 'first');
      const badCursor = await executeSubgraph(subgraph, `{ batch(batchNumber: "${A}") { lines(after: "abc") { edges { cursor } } } }`);
      assert.equal(badCursor.errors?.[0]?.extensions?.argumentName, 'after');
    });

    test('batches of a programme come by period, and a period filter keeps one period', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ all: batches(programmeCode: "DB") { batchNumber } april: batches(programmeCode: "DB", period: "202404") { batchNumber } none: batches(programmeCode: "NONE") { batchNumber } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data, {
        all: [{ batchNumber: A }, { batchNumber: B }, { batchNumber: APRIL }],
        april: [{ batchNumber: APRIL }],
        none: [],
      });
    });

    test('a malformed period is BAD_USER_INPUT naming period', async () => {
      const result = await executeSubgraph(subgraph, `{ batches(programmeCode: "DB", period: "202413") { batchNumber } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'period');
    });

    test('a payment line shows the ID as entered and normalised, its person, batch and exact amount', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ paymentLine(id: "103") { id idNumberAsEntered idNumber idNumberValid person { idNumber } name accountNumber amount status statusCode failureReason creditedAt batch { batchNumber programme { code } } } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?.paymentLine, {
        id: '103',
        idNumberAsEntered: LOWER_X.replace(/X$/, 'x'),
        idNumber: LOWER_X,
        idNumberValid: true,
        person: { idNumber: LOWER_X },
        name: '张三',
        accountNumber: acc('03'),
        amount: '500.00',
        status: 'CREDITED',
        statusCode: '1',
        failureReason: null,
        creditedAt: '2024-03-06T00:00:00.000Z',
        batch: { batchNumber: A, programme: { code: 'DB' } },
      });
    });

    test('a line with an invalid ID has no person; unknown and malformed line ids are null', async () => {
      const result = await executeSubgraph(
        subgraph,
        `{ invalid: paymentLine(id: "119") { idNumberValid person { idNumber } } failed: paymentLine(id: "150") { status failureReason } unknown: paymentLine(id: "999999") { id } malformed: paymentLine(id: "x1") { id } }`,
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data, {
        invalid: { idNumberValid: false, person: null },
        failed: { status: 'FAILED', failureReason: '账户已冻结' },
        unknown: null,
        malformed: null,
      });
    });

    test('_entities resolves programmes, batches and payment lines by their keys', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Programme { code name } ... on Batch { batchNumber period } ... on PaymentLine { id amount } } }`,
        {
          r: [
            { __typename: 'Programme', code: 'XS' },
            { __typename: 'Batch', batchNumber: GL },
            { __typename: 'PaymentLine', id: '115' },
            { __typename: 'PaymentLine', id: '424242' },
          ],
        },
      );
      assert.equal(result.errors, undefined);
      assert.deepEqual(result.data?._entities, [
        { code: 'XS', name: '小额补贴' },
        { batchNumber: GL, period: '202403' },
        { id: '115', amount: '0.31' },
        null,
      ]);
    });
  });

  describe('persons', () => {
    test('_entities gives a person\'s registered accounts, in use and retired, found through dirty ID spellings', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber registeredAccounts { recordId holderName accountType accountTypeCode bankCode accountNumber inUse registeredOn } } } }`,
        { r: personRepresentations([LOWER_X.toLowerCase(), ` ${PADDED}`, NO_ACCOUNT]) },
      );
      assert.equal(result.errors, undefined);
      const [x, padded, none] = result.data?._entities;
      assert.equal(x.idNumber, LOWER_X);
      assert.deepEqual(x.registeredAccounts.map((a: { accountNumber: string; inUse: boolean; registeredOn: string }) => [a.accountNumber, a.inUse, a.registeredOn]), [
        [acc('03'), true, '2020-01-01'],
      ]);
      assert.equal(x.registeredAccounts[0].accountType, 'SOCIAL_SECURITY_CARD');
      assert.equal(padded.registeredAccounts.length, 1);
      assert.deepEqual(none, { idNumber: NO_ACCOUNT, registeredAccounts: [] });
    });

    test('a person\'s payment lines come by period then line id and filter by programme and inclusive periods', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
          all: paymentLines { id }
          db: paymentLines(programmeCode: "DB") { id }
          march: paymentLines(periodFrom: "202403", periodTo: "202403") { id }
          fromApril: paymentLines(periodFrom: "202404") { id batch { period } }
        } } }`,
        { r: personRepresentations([AMOUNT, DUP]) },
      );
      assert.equal(result.errors, undefined);
      const [amount, dup] = result.data?._entities;
      assert.deepEqual(amount.all.map((l: { id: string }) => l.id), ['112', '113', '114', '116']);
      assert.deepEqual(amount.db.map((l: { id: string }) => l.id), ['112']);
      assert.deepEqual(amount.march.map((l: { id: string }) => l.id), ['112', '113', '114']);
      assert.deepEqual(dup.all.map((l: { id: string }) => l.id), ['101', '150', '201', '301']);
      assert.deepEqual(dup.fromApril, [{ id: '301', batch: { period: '202404' } }]);
    });

    test('a malformed period on paymentLines is BAD_USER_INPUT naming it', async () => {
      const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { paymentLines(periodTo: "2024-03") { id } } } }`, {
        r: personRepresentations([DUP]),
      });
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, 'periodTo');
    });

    test('resolving 5,000 persons with accounts and lines costs five statements per loader', async () => {
      const ids = Array.from({ length: 5000 }, (_, i) => validIdNumber(String(610000 + Math.floor(i / 1000)), '19600101', String(i % 1000).padStart(3, '0')));
      await executeSubgraph(subgraph, `{ programme(code: "DB") { code } }`);
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(subgraph, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { registeredAccounts { recordId } paymentLines { id } } } }`, {
        r: personRepresentations(ids),
      });
      assert.equal(result.errors, undefined);
      assert.equal(result.data?._entities.length, 5000);
      assert.equal(subgraph.adapter.db.statementCount - before, 10);
    });

    test('a page of 1,000 lines with person, batch and programme costs four statements', async () => {
      const query = (first: number) =>
        `{ batch(batchNumber: "${BIG}") { lineCount totalAmount programme { code } lines(first: ${first}) { edges { node { id amount person { idNumber } batch { batchNumber programme { code name } } } } pageInfo { hasNextPage } } } }`;
      await executeSubgraph(subgraph, `{ programme(code: "DB") { code } }`);
      const before = subgraph.adapter.db.statementCount;
      const result = await executeSubgraph(subgraph, query(1000));
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.batch.lines.edges.length, 1000);
      assert.equal(result.data?.batch.lines.edges[999].node.person.idNumber, BIG_IDS[999]);
      assert.equal(result.data?.batch.totalAmount, '1000.00');
      assert.equal(subgraph.adapter.db.statementCount - before, 4);
      const small = subgraph.adapter.db.statementCount;
      await executeSubgraph(subgraph, query(10));
      assert.equal(subgraph.adapter.db.statementCount - small, 4);
    });
  });

  describe('check lines', () => {
    test('lines of several batches page by line id with what the cross-check needs', async () => {
      const query = `query($after: String) { checkLines(batchNumbers: ["${B}", "${XS}"], first: 3, after: $after) {
        lines { id batchNumber programmeCode period countyCode eligibilityCondition idNumber idNumberValid name accountNumber amount status }
        pageInfo { hasNextPage endCursor } } }`;
      const first = await executeSubgraph(subgraph, query);
      assert.equal(first.errors, undefined);
      assert.deepEqual(first.data?.checkLines.lines.map((l: { id: string }) => l.id), ['114', '115', '201']);
      assert.deepEqual(first.data?.checkLines.pageInfo, { hasNextPage: true, endCursor: '201' });
      assert.deepEqual(first.data?.checkLines.lines[2], {
        id: '201',
        batchNumber: B,
        programmeCode: 'DB',
        period: '202403',
        countyCode: '610727',
        eligibilityCondition: 'DIBAO',
        idNumber: DUP,
        idNumberValid: true,
        name: '张三',
        accountNumber: acc('01'),
        amount: '500.00',
        status: 'PENDING',
      });
      assert.equal(first.data?.checkLines.lines[0].eligibilityCondition, null);
      const second = await executeSubgraph(subgraph, query, { after: '201' });
      assert.deepEqual(second.data?.checkLines.lines.map((l: { id: string }) => l.id), ['202', '203', '204']);
      assert.deepEqual(second.data?.checkLines.pageInfo, { hasNextPage: false, endCursor: '204' });
    });

    test('an unknown batch is BAD_USER_INPUT naming batchNumbers, and a page above 10,000 names first', async () => {
      const unknown = await executeSubgraph(subgraph, `{ checkLines(batchNumbers: ["${A}", "NOPE"]) { pageInfo { hasNextPage } } }`);
      assert.equal(unknown.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(unknown.errors?.[0]?.extensions?.argumentName, 'batchNumbers');
      const tooMany = await executeSubgraph(subgraph, `{ checkLines(batchNumbers: ["${A}"], first: 10001) { pageInfo { hasNextPage } } }`);
      assert.equal(tooMany.errors?.[0]?.extensions?.argumentName, 'first');
    });

    const LINE_FIELDS = 'id batchNumber programmeCode period countyCode eligibilityCondition idNumber name accountNumber amount status';
    const COLUMNS = 'batchNumber programmeCode period countyCode eligibilityCondition ids idNumbers names accountNumbers amounts statuses';
    /** The columns of a page back to a line each, in line-id order. */
    const linesOfColumns = (batches: Record<string, any>[]) =>
      batches
        .flatMap(({ ids, idNumbers, names, accountNumbers, amounts, statuses, ...batch }) =>
          (ids as string[]).map((id, i) => ({ id, ...batch, idNumber: idNumbers[i], name: names[i], accountNumber: accountNumbers[i], amount: amounts[i], status: statuses[i] })),
        )
        .sort((x, y) => Number(x.id) - Number(y.id));

    /**
     * Pages `query` (over `field`) beside checkLineColumns through every batch of the fixture, with
     * the page's cursor, at 3 lines a page (8 pages) and 1000 (one page); `compare` sees each pair.
     */
    async function pageBesideColumns(query: string, field: string, columnSelection: string, compare: (other: SubgraphResult, columns: SubgraphResult) => void): Promise<void> {
      const numbers = [A, B, APRIL, GL, XS, XS_APRIL];
      for (const first of [3, 1000]) {
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const [other, columns]: [SubgraphResult, SubgraphResult] = await Promise.all([
            executeSubgraph(subgraph, query, { n: numbers, after, first }),
            executeSubgraph(subgraph, `query($n: [String!]!, $after: String, $first: Int) { checkLineColumns(batchNumbers: $n, after: $after, first: $first) { batches { ${columnSelection} } pageInfo { hasNextPage endCursor } } }`, { n: numbers, after, first }),
          ]);
          compare(other, columns);
          pages++;
          const pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined = other.data?.[field].pageInfo;
          if (!pageInfo?.hasNextPage) break;
          after = pageInfo.endCursor;
        }
        assert.equal(pages, first === 3 ? 8 : 1);
      }
    }

    test('line columns hold the lines checkLines holds, page by page, each batch once with its lines in line-id order', async () => {
      const checkLines = `query($n: [String!]!, $after: String, $first: Int) { checkLines(batchNumbers: $n, after: $after, first: $first) { lines { ${LINE_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
      await pageBesideColumns(checkLines, 'checkLines', COLUMNS, (objects, columns) => {
        assert.equal(columns.errors, undefined);
        const batches = columns.data?.checkLineColumns.batches as Record<string, any>[];
        assert.equal(new Set(batches.map((b) => b.batchNumber)).size, batches.length);
        for (const batch of batches) assert.deepEqual(batch.ids, [...batch.ids].sort((x: string, y: string) => Number(x) - Number(y)));
        assert.deepEqual(linesOfColumns(batches), objects.data?.checkLines.lines);
        assert.deepEqual(columns.data?.checkLineColumns.pageInfo, objects.data?.checkLines.pageInfo);
      });
      const { data } = await executeSubgraph(subgraph, `{ checkLineColumns(batchNumbers: ["${A}", "${GL}", "${XS}"], first: 17) { batches { batchNumber ids } } }`);
      // 113 (GL) and 114, 115 (XS) fall between A's lines: each batch still comes once, in the order of its first line.
      assert.deepEqual(data?.checkLineColumns.batches, [
        { batchNumber: A, ids: ['101', '102', '103', '104', '105', '106', '107', '108', '109', '110', '111', '112', '119', '150'] },
        { batchNumber: GL, ids: ['113'] },
        { batchNumber: XS, ids: ['114', '115'] },
      ]);
    });

    test('chunk ends are every n-th line of the line columns, after a line and through a line, with the count and the last line', async () => {
      const numbers = [A, B, APRIL, GL, XS, XS_APRIL];
      const page = await executeSubgraph(subgraph, `query($n: [String!]!) { checkLineColumns(batchNumbers: $n, first: 10000) { batches { ids } } }`, { n: numbers });
      const all = (page.data?.checkLineColumns.batches as { ids: string[] }[]).flatMap((b) => b.ids).sort((x, y) => Number(x) - Number(y));
      assert.ok(all.length > 20, 'the fixture has lines to cut');
      const query = `query($n: [String!]!, $every: Int!, $after: String, $through: String) { checkLineChunks(batchNumbers: $n, every: $every, after: $after, through: $through) { chunkEnds lines lastId } }`;
      for (const every of [1, 3, 7, 1000]) {
        for (const [after, through] of [[null, null], [all[2]!, null], [null, all.at(-3)!], [all[2]!, all.at(-3)!], [all.at(-1)!, null]] as const) {
          const within = all.filter((id) => (after === null || Number(id) > Number(after)) && (through === null || Number(id) <= Number(through)));
          const { data, errors } = await executeSubgraph(subgraph, query, { n: numbers, every, after, through });
          assert.equal(errors, undefined);
          assert.deepEqual(data?.checkLineChunks, { chunkEnds: within.filter((_, i) => (i + 1) % every === 0), lines: within.length, lastId: within.at(-1) ?? null }, `every ${every} after ${after} through ${through}`);
        }
      }
      const refused = async (variables: Record<string, unknown>) => (await executeSubgraph(subgraph, query, { n: [A], every: 5, ...variables })).errors?.[0]?.extensions;
      assert.deepEqual(await refused({ n: [A, 'NOPE'] }), { code: 'BAD_USER_INPUT', argumentName: 'batchNumbers' });
      assert.deepEqual(await refused({ every: 0 }), { code: 'BAD_USER_INPUT', argumentName: 'every' });
      assert.deepEqual(await refused({ every: 10001 }), { code: 'BAD_USER_INPUT', argumentName: 'every' });
      assert.deepEqual(await refused({ through: 'x' }), { code: 'BAD_USER_INPUT', argumentName: 'through' });
    });

    test('line columns read through a line id hold the lines up to it, paged as without the bound, and a bad bound is refused by name', async () => {
      const numbers = [A, B, APRIL, GL, XS, XS_APRIL];
      const query = `query($n: [String!]!, $after: String, $through: String, $first: Int) { checkLineColumns(batchNumbers: $n, after: $after, through: $through, first: $first) { batches { ids } pageInfo { hasNextPage endCursor } } }`;
      const idsOf = (result: SubgraphResult) => (result.data?.checkLineColumns.batches as { ids: string[] }[]).flatMap((b) => b.ids).sort((x, y) => Number(x) - Number(y));
      const all = idsOf(await executeSubgraph(subgraph, query, { n: numbers, first: 10000 }));
      const [after, through] = [all[3]!, all.at(-4)!];
      const within = all.filter((id) => Number(id) > Number(after) && Number(id) <= Number(through));
      const read: string[] = [];
      let cursor: string | null = after;
      for (let pages = 1; ; pages++) {
        const page: SubgraphResult = await executeSubgraph(subgraph, query, { n: numbers, after: cursor, through, first: 4 });
        assert.equal(page.errors, undefined);
        read.push(...idsOf(page));
        const { hasNextPage, endCursor } = page.data?.checkLineColumns.pageInfo;
        if (!hasNextPage) {
          assert.equal(pages, Math.ceil(within.length / 4), 'no page beyond the bound');
          break;
        }
        cursor = endCursor;
      }
      assert.deepEqual(read, within);
      const refused = await executeSubgraph(subgraph, query, { n: numbers, through: '12a' });
      assert.deepEqual(refused.errors?.[0]?.extensions, { code: 'BAD_USER_INPUT', argumentName: 'through' });
    });

    test('the hits a page of line columns carries are what screenPaymentLines answers for the page’s lines, page by page, without reading them again by id', async () => {
      const numbers = [A, B, APRIL, GL, XS, XS_APRIL];
      const query = `query($n: [String!]!, $after: String, $first: Int) { checkLineColumns(batchNumbers: $n, after: $after, first: $first) { batches { ids } pageInfo { hasNextPage endCursor } paymentLineHits { keys rules evidence } } }`;
      const rows = (hits: { keys: string[]; rules: string[]; evidence: string[] }) => hits.keys.map((key, i) => `${key} ${hits.rules[i]} ${hits.evidence[i]}`).sort();
      let after: string | null = null;
      let flagged = 0;
      for (;;) {
        const before = subgraph.adapter.db.statementCount;
        const page: SubgraphResult = await executeSubgraph(subgraph, query, { n: numbers, after, first: 7 });
        assert.equal(page.errors, undefined);
        const ids = (page.data?.checkLineColumns.batches as { ids: string[] }[]).flatMap((b) => b.ids);
        const withPage = rows(page.data?.checkLineColumns.paymentLineHits);
        const withHits = subgraph.adapter.db.statementCount - before;
        const screening = subgraph.adapter.db.statementCount;
        const onItsOwn = await screen(ids);
        const screenStatements = subgraph.adapter.db.statementCount - screening;
        assert.deepEqual(withPage, onItsOwn.map((h) => `${h.key} ${h.rule} ${h.evidence}`).sort(), `the page after ${after}`);
        flagged += withPage.length;
        const plain = subgraph.adapter.db.statementCount;
        await executeSubgraph(subgraph, query.replace(' paymentLineHits { keys rules evidence }', ''), { n: numbers, after, first: 7 });
        // The rules' own reads, but neither screenPaymentLines' read of the lines by id nor of their programmes (the page has read both).
        assert.equal(withHits - (subgraph.adapter.db.statementCount - plain), screenStatements - 2, `the page after ${after}`);
        const { hasNextPage, endCursor } = page.data?.checkLineColumns.pageInfo;
        if (!hasNextPage) break;
        after = endCursor;
      }
      assert.ok(flagged > 5, 'the fixture has findings of the finance rules');
    });

    test('line columns refuse an unknown batch and a page above 10,000 as checkLines does', async () => {
      const unknown = await executeSubgraph(subgraph, `{ checkLineColumns(batchNumbers: ["${A}", "NOPE"]) { pageInfo { hasNextPage } } }`);
      assert.equal(unknown.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(unknown.errors?.[0]?.extensions?.argumentName, 'batchNumbers');
      const tooMany = await executeSubgraph(subgraph, `{ checkLineColumns(batchNumbers: ["${A}"], first: 10001) { pageInfo { hasNextPage } } }`);
      assert.equal(tooMany.errors?.[0]?.extensions?.argumentName, 'first');
    });

    test('an analyst sees the line columns of batches in their county only, as they see check lines', async () => {
      const analyst: Identity = { sub: 'a1', role: 'analyst', regions: ['610727'], department: null };
      const numbers = [XS, GL];
      const objects = await executeSubgraph(subgraph, `query($n: [String!]!) { checkLines(batchNumbers: $n) { lines { ${LINE_FIELDS} } } }`, { n: numbers }, analyst);
      const columns = await executeSubgraph(subgraph, `query($n: [String!]!) { checkLineColumns(batchNumbers: $n) { batches { ${COLUMNS} } pageInfo { hasNextPage } } }`, { n: numbers }, analyst);
      assert.equal(columns.errors, undefined);
      assert.deepEqual(columns.data?.checkLineColumns.batches.map((b: { batchNumber: string }) => b.batchNumber), [XS]);
      assert.deepEqual(linesOfColumns(columns.data?.checkLineColumns.batches), objects.data?.checkLines.lines);
      assert.deepEqual(objects.data?.checkLines.lines.map((l: { id: string }) => l.id), ['114', '115']);
      const otherDepartment: Identity = { sub: 'j1', role: 'department', regions: [], department: 'JUSTICE' };
      const refused = await executeSubgraph(subgraph, `query($n: [String!]!) { checkLineColumns(batchNumbers: $n) { batches { ids } } }`, { n: numbers }, otherDepartment);
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.equal(refused.data?.checkLineColumns ?? null, null);
    });
  });

  describe('screening', () => {
    test('DUPLICATE_PAYMENT flags a later line of the same person, programme and period in another batch, with evidence', async () => {
      const hits = (await screen([101, 201])).filter((h) => h.rule === 'DUPLICATE_PAYMENT');
      assert.deepEqual(hits, [{ key: '201', rule: 'DUPLICATE_PAYMENT', evidence: `明细 101（批次 ${A}）已向此人发放项目 DB 2024-03 期间的补贴` }]);
    });

    test('DUPLICATE_PAYMENT finds the earlier line even when it is not among the screened lines', async () => {
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [201]), ['201']);
    });

    test('DUPLICATE_PAYMENT never flags the first line of a group', async () => {
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [101, 105]), []);
    });

    test('DUPLICATE_PAYMENT ignores failed lines on either side', async () => {
      // 150 is a failed line after 101 (not flagged itself); 102 is a failed earlier line (does not make 202 a duplicate).
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [101, 150, 102, 202]), []);
    });

    test('DUPLICATE_PAYMENT flags two lines in the same batch', async () => {
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [105, 106]), ['106']);
    });

    test('DUPLICATE_PAYMENT does not flag the same programme in another period', async () => {
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [301]), []);
    });

    test('DUPLICATE_PAYMENT counts a lower-case x and a padded ID as the same person', async () => {
      assert.deepEqual(await flagged('DUPLICATE_PAYMENT', [203, 204]), ['203', '204']);
    });

    test('ACCOUNT_NOT_REGISTERED flags an account that is only registered retired, another number, or someone else\'s', async () => {
      assert.deepEqual(await flagged('ACCOUNT_NOT_REGISTERED', [107, 110, 111]), ['107', '110', '111']);
      const [hit] = (await screen([110])).filter((h) => h.rule === 'ACCOUNT_NOT_REGISTERED');
      assert.match(hit!.evidence, /^发放账户 \*+0090 不是此人登记在用的账户；此人在用的登记账户：/);
      assert.doesNotMatch(hit!.evidence, new RegExp(acc('90')));
    });

    test('ACCOUNT_NOT_REGISTERED does not flag accounts registered in use, under a lower-case x, padded ID or padded number', async () => {
      assert.deepEqual(await flagged('ACCOUNT_NOT_REGISTERED', [101, 103, 104, 108, 109]), []);
    });

    test('MULTIPLE_ACCOUNTS flags two in-use accounts with different numbers, with both records as evidence', async () => {
      const hits = (await screen([109])).filter((h) => h.rule === 'MULTIPLE_ACCOUNTS');
      assert.equal(hits.length, 1);
      assert.match(hits[0]!.evidence, /^此人有 2 个不同的在用登记账户：登记记录 \d+（账户 \*+0008，2020-01-01 登记），登记记录 \d+（账户 \*+0088，2023-03-01 登记）$/);
    });

    test('MULTIPLE_ACCOUNTS does not flag two in-use rows with the same number, nor a retired second account', async () => {
      assert.deepEqual(await flagged('MULTIPLE_ACCOUNTS', [108, 101]), []);
    });

    test('AMOUNT_ABOVE_STANDARD flags an amount one fen above the standard, with evidence', async () => {
      const hits = (await screen([112])).filter((h) => h.rule === 'AMOUNT_ABOVE_STANDARD');
      assert.deepEqual(hits, [{ key: '112', rule: 'AMOUNT_ABOVE_STANDARD', evidence: '发放 500.01 元，超过标准 500.00 元（项目 DB，2024-03 期间）' }]);
    });

    test('AMOUNT_ABOVE_STANDARD compares exactly: equal to the standard is not above, 0.31 over 0.30 is', async () => {
      assert.deepEqual(await flagged('AMOUNT_ABOVE_STANDARD', [101, 114, 115]), ['115']);
    });

    test('AMOUNT_ABOVE_STANDARD never fires for a programme without a standard', async () => {
      assert.deepEqual(await flagged('AMOUNT_ABOVE_STANDARD', [113]), []);
    });

    test('a line with an invalid ID number is skipped by every finance rule', async () => {
      assert.deepEqual(await screen([119]), []);
    });

    test('a clean line has no hits, and unknown line ids are simply absent', async () => {
      assert.deepEqual(await screen([101, 999999]), []);
    });

    test('hits never carry a full ID number or account number', async () => {
      const hits = await screen([107, 109, 110, 111, 112, 201, 203]);
      assert.ok(hits.length >= 7);
      for (const hit of hits) {
        assert.doesNotMatch(hit.evidence, /\d{17}[\dX]/);
        assert.doesNotMatch(hit.evidence, /62280000/);
      }
    });

    test('more than 10,000 line ids, or one that is not a line id, is BAD_USER_INPUT naming lineIds', async () => {
      const tooMany = await executeSubgraph(subgraph, `query($ids: [ID!]!) { screenPaymentLines(lineIds: $ids) { keys } }`, {
        ids: Array.from({ length: 10_001 }, (_, i) => String(i + 1)),
      });
      assert.equal(tooMany.errors?.[0]?.extensions?.argumentName, 'lineIds');
      const malformed = await executeSubgraph(subgraph, `{ screenPaymentLines(lineIds: ["abc"]) { keys } }`);
      assert.equal(malformed.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(malformed.errors?.[0]?.extensions?.argumentName, 'lineIds');
    });

    test('screening 1,000 lines of one programme and period costs four statements', async () => {
      await executeSubgraph(subgraph, `{ programme(code: "DB") { code } }`);
      const before = subgraph.adapter.db.statementCount;
      const hits = await screen(BIG_IDS.map((_, i) => 10_000 + i));
      // None of them has a registered account.
      assert.equal(hits.length, 1000);
      assert.ok(hits.every((h) => h.rule === 'ACCOUNT_NOT_REGISTERED'));
      assert.equal(subgraph.adapter.db.statementCount - before, 4);
    });
  });
});
