import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { financeSubgraph } from './subgraph.js';
import { executeSubgraph, type SubgraphResult } from '../../test-support/subgraph.js';
import { createLegacyTestDatabase, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber } from '../../test-support/id-numbers.js';

const person = (n: number) => validIdNumber('610727', '19600101', String(n % 1000).padStart(3, '0')).replace(/^610727/, n < 1000 ? '610727' : '610728');
const ONE = validIdNumber('610727', '19500101', '001');

function line(MXID: number, PCH: string, SFZH: string, JE: string, FFZTDM = '1', DZSJ: string | null = null): LegacyRow<'FF_MX'> {
  return { MXID, PCH, SFZH, XM: '李四', YHZH: '6228000000000009', JE, FFZTDM, SBYY: FFZTDM === '2' ? '户名不符' : null, DZSJ };
}

const SEARCH = `query($filter: PaymentLineFilter, $first: Int, $after: String) {
  searchPaymentLines(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id amount status } note }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('finance payment search queries', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof financeSubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'FINANCE');
    await db.insert('BT_XM', [
      { XMDM: 'DB', XMMC: '低保', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: null, ZGTJ: 'DIBAO', ZCYJ: 'x', GKBZ: '1', ND: '2024' },
      { XMDM: 'CJ', XMMC: '护理补贴', ZGBMDM: 'CL', ZJJCDM: '2', FFZQDM: 'M', BZJE: null, ZGTJ: 'DISABLED_SEVERE', ZCYJ: 'x', GKBZ: '1', ND: '2024' },
    ]);
    await db.insert('FF_PC', [
      { PCH: 'DB-01', XMDM: 'DB', FFQJ: '202401', XZQHDM: '610727', ZTDM: '05', LRR: 'u', SHR: 'a', TJSJ: '2024-01-05 10:00:00' },
      { PCH: 'DB-02', XMDM: 'DB', FFQJ: '202402', XZQHDM: '610727', ZTDM: '04', LRR: 'u', SHR: 'a', TJSJ: '2024-02-05 10:00:00' },
      { PCH: 'CJ-01', XMDM: 'CJ', FFQJ: '202401', XZQHDM: '610728', ZTDM: '04', LRR: 'u', SHR: 'a', TJSJ: '2024-01-08 10:00:00' },
    ]);
    await db.insert('FF_MX', [
      ...Array.from({ length: 1200 }, (_, i) => line(1 + i, 'DB-01', person(i), '0.10')),
      line(2001, 'DB-01', ONE, '500.00', '2'),
      line(2002, 'DB-02', ONE, '500.00', '1', '2024-02-07 10:00:00'),
      line(2003, 'CJ-01', ONE, '0.20', '1', '2024-01-08 11:00:00'),
    ]);
    await db.insert(
      'BT_DXZH',
      Array.from({ length: 1200 }, (_, i) => ({ SFZH: person(i), XM: '李四', ZHLXDM: '1', KHYHDM: '103', YHZH: '6228000000000009', ZT: '1', DJRQ: '20200101' })),
    );
    subgraph = financeSubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph?.close();
    await db?.drop();
  });

  test('a search pages through every matching line by cursor, with exact totals', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: SubgraphResult = await executeSubgraph(subgraph, SEARCH, { filter: { programme: 'DB', periodTo: '202401' }, first: 500, after });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const page = result.data!.searchPaymentLines;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.equal(ids.length, 1201);
    assert.deepEqual(ids.slice(0, 3), ['1', '2', '3']);
    assert.equal(ids.at(-1), '2001');
    const totals = await executeSubgraph(subgraph, `{ paymentTotals(filter: { programme: "DB", periodTo: "202401" }) { lineCount personCount totalAmount } }`);
    assert.deepEqual(totals.data?.paymentTotals, { lineCount: 1201, personCount: 1201, totalAmount: '620.00' });
  });

  test('a page of 1,000 lines with each person\'s accounts and payment lines costs a bounded number of statements', async () => {
    const before = subgraph.adapter.db.statementCount;
    const result = await executeSubgraph(
      subgraph,
      `{ searchPaymentLines(filter: { division: "6107" }, first: 1000) {
          edges { node { id amount batch { batchNumber programme { name } } person { idNumber registeredAccounts { accountNumber } paymentLines { id } } } }
          totals { lineCount totalAmount } } }`,
    );
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.equal(result.data!.searchPaymentLines.edges.length, 1000);
    const statements = subgraph.adapter.db.statementCount - before;
    // batches + page + totals (batches again) + programmes + accounts + lines by person: no statement per line.
    assert.ok(statements <= 8, `${statements} statements`);
  });

  test('roll-ups by programme and period add the exact amounts', async () => {
    const result = await executeSubgraph(subgraph, `{ paymentRollup(groupBy: [PROGRAMME, PERIOD]) { programmeCode period lineCount personCount totalAmount } }`);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(result.data?.paymentRollup, [
      { programmeCode: 'CJ', period: '202401', lineCount: 1, personCount: 1, totalAmount: '0.20' },
      { programmeCode: 'DB', period: '202401', lineCount: 1201, personCount: 1201, totalAmount: '620.00' },
      { programmeCode: 'DB', period: '202402', lineCount: 1, personCount: 1, totalAmount: '500.00' },
    ]);
  });

  test('late credits and lines left unpaid come with the reason in plain words', async () => {
    const late = await executeSubgraph(subgraph, `{ lateCredits(first: 10) { edges { node { id } note } totals { lineCount } } }`);
    assert.equal(late.errors, undefined, JSON.stringify(late.errors));
    assert.deepEqual(late.data!.lateCredits.edges.map((e: any) => e.node.id), ['2002']);
    assert.match(late.data!.lateCredits.edges[0].note, /48 hours after batch DB-02/);
    const unpaid = await executeSubgraph(subgraph, `{ leftUnpaid(withinDays: 30, asOf: "2024-12-31T00:00:00Z") { edges { node { id } note } totals { lineCount totalAmount } } }`);
    assert.equal(unpaid.errors, undefined, JSON.stringify(unpaid.errors));
    assert.deepEqual(unpaid.data!.leftUnpaid.edges.map((e: any) => e.node.id), ['2001']);
    assert.match(unpaid.data!.leftUnpaid.edges[0].note, /bank: 户名不符/);
    const reissued = await executeSubgraph(subgraph, `{ leftUnpaid(withinDays: 31, asOf: "2024-12-31T00:00:00Z") { edges { node { id } } } }`);
    assert.deepEqual(reissued.data!.leftUnpaid.edges, [], 'the February line re-issues it 31 days later');
  });

  test('the ID numbers of the persons paid are normalised, and a restriction says which have a line', async () => {
    const result = await executeSubgraph(subgraph, `query($ids: [String!]) { paymentIdNumbers(filter: { programme: "CJ", idNumbers: $ids }) }`, { ids: [ONE, person(5)] });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(result.data?.paymentIdNumbers, [ONE]);
  });

  const badInput: Array<[string, string, Record<string, unknown>, string]> = [
    ['a page size above the maximum', SEARCH, { first: 1001 }, 'first'],
    ['an inverted period range', SEARCH, { filter: { periodFrom: '202403', periodTo: '202401' } }, 'filter.periodTo'],
    ['an unknown programme', SEARCH, { filter: { programme: 'NOPE' } }, 'filter.programme'],
    ['a malformed ID number', SEARCH, { filter: { idNumber: '61072719500101001' } }, 'filter.idNumber'],
    ['a village prefix, which finance cannot know', SEARCH, { filter: { division: '610727101001' } }, 'filter.division'],
    ['an amount with three decimals', SEARCH, { filter: { amountMin: '0.125' } }, 'filter.amountMin'],
    ['an unknown department', SEARCH, { filter: { department: 'XX' } }, 'filter.department'],
    ['a cursor that is not a line id', SEARCH, { after: 'abc' }, 'after'],
  ];
  for (const [what, query, variables, argumentName] of badInput) {
    test(`${what} is BAD_USER_INPUT naming ${argumentName}`, async () => {
      const result = await executeSubgraph(subgraph, query, variables);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(result.errors));
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
    });
  }

  test('the left-unpaid check refuses a status other than FAILED and a time limit of zero days', async () => {
    const status = await executeSubgraph(subgraph, `{ leftUnpaid(withinDays: 30, filter: { status: CREDITED }) { edges { cursor } } }`);
    assert.equal(status.errors?.[0]?.extensions?.argumentName, 'filter.status');
    const days = await executeSubgraph(subgraph, `{ leftUnpaid(withinDays: 0) { edges { cursor } } }`);
    assert.equal(days.errors?.[0]?.extensions?.argumentName, 'withinDays');
  });
});
