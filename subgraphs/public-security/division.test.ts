import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { PublicSecurityAdapter, type DivisionKey } from '../../adapters/public-security/adapter.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { publicSecuritySubgraph } from './subgraph.js';
import { executeSubgraph } from '../../test-support/subgraph.js';

const VILLAGE_A = '610727101201';
const VILLAGE_B = '610727101202';
const OTHER_TOWNSHIP = '610727102201';
const id = (birth: string, seq: number) => validIdNumber('610727', birth, String(seq).padStart(3, '0'));
const X_ID = validIdNumberEndingInX('612327', '19400101');

function person(GMSFHM: string, HJDZ_XZQHDM: string | null, CSRQ: string | null, RYZTDM = '0'): LegacyRow<'RK_RYJBXX'> {
  return { GMSFHM, XM: '王五', XBDM: '1', CSRQ, MZDM: '01', HJDZ_XZQHDM, HJDZ_DZMC: '某村', RYZTDM, SWRQ: RYZTDM === '1' ? '20230101' : null, ZXRQ: null, GXSJ: '2024-01-01 00:00:00' };
}

const ROWS: LegacyRow<'RK_RYJBXX'>[] = [
  ...Array.from({ length: 12 }, (_, i) => person(id('19700101', i), VILLAGE_A, '19700101')),
  person(id('19440301', 100), VILLAGE_A, '19440301'), // exactly 80 on 2024-03-01
  person(id('19440302', 101), VILLAGE_A, '19440302'), // one day short
  person(id('19300101', 102), VILLAGE_A, '19300101', '1'), // deceased: still registered there
  person(id('19300101', 103), VILLAGE_A, ''), // no date of birth: the ID number's decides (ruling 2)
  person(X_ID.replace(/X$/, 'x'), VILLAGE_B, '19400101'),
  person(id('19600101', 200), OTHER_TOWNSHIP, '19600101'),
  person('61072719600101999', VILLAGE_A, '19600101'), // 17 characters: not a valid ID number
  person(id('19600101', 201), null, '19600101'),
];

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`persons in a division on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let adapter: PublicSecurityAdapter;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'PUBLIC_SECURITY');
      await db.insert('RK_RYJBXX', ROWS);
      adapter = new PublicSecurityAdapter(db.location);
    });

    afterAll(async () => {
      await adapter?.close();
      await db?.drop();
    });

    async function all(divisionPrefix: string, first: number, bornOnOrBefore: string | null = null): Promise<string[]> {
      const ids: string[] = [];
      let afterKey: DivisionKey | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const page = await adapter.personsInDivision({ divisionPrefix, bornOnOrBefore, first, after: afterKey });
        ids.push(...page.idNumbers);
        if (!page.hasNextPage) return ids;
        assert.equal(page.idNumbers.length, first);
        afterKey = page.after;
      }
      throw new Error('paging did not end');
    }

    test('a village prefix pages through its valid registered persons, each once, whatever their status', async () => {
      const ids = await all(VILLAGE_A, 5);
      assert.equal(ids.length, 16);
      assert.equal(new Set(ids).size, 16);
      assert.ok(ids.includes(id('19300101', 102)), 'the deceased person is registered there');
      assert.ok(!ids.some((x) => x.length !== 18), 'no invalid ID number');
    });

    test('a township prefix covers its villages, and a lower-case x comes back normalised', async () => {
      const ids = await all('610727101', 1000);
      assert.equal(ids.length, 17);
      assert.ok(ids.includes(X_ID));
      assert.deepEqual(await all('610727102', 10), [id('19600101', 200)]);
    });

    test('born on or before a day includes that day; without a readable register date of birth the ID number decides (ruling 2)', async () => {
      assert.deepEqual((await all(VILLAGE_A, 10, '1944-03-01')).sort(), [id('19440301', 100), id('19300101', 102), id('19300101', 103)].sort());
    });
  });
}

describe('personsInDivision through the public security subgraph', () => {
  let db: LegacyTestDatabase;
  let subgraph: ReturnType<typeof publicSecuritySubgraph>;

  beforeAll(async () => {
    db = await createLegacyTestDatabase('sqlite', 'PUBLIC_SECURITY');
    await db.insert('RK_RYJBXX', ROWS);
    subgraph = publicSecuritySubgraph(db.location);
  });

  afterAll(async () => {
    await subgraph?.close();
    await db?.drop();
  });

  test('pages follow endCursor to the end', async () => {
    const query = `query($after: String) { personsInDivision(divisionPrefix: "${VILLAGE_A}", first: 7, after: $after) { idNumbers endCursor hasNextPage } }`;
    const first = await executeSubgraph(subgraph, query);
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.equal(first.data!.personsInDivision.idNumbers.length, 7);
    assert.equal(first.data!.personsInDivision.hasNextPage, true);
    const rest = await executeSubgraph(subgraph, query, { after: first.data!.personsInDivision.endCursor });
    const third = await executeSubgraph(subgraph, query, { after: rest.data!.personsInDivision.endCursor });
    assert.deepEqual([rest.data!.personsInDivision.idNumbers.length, third.data!.personsInDivision.idNumbers.length, third.data!.personsInDivision.hasNextPage], [7, 2, false]);
  });

  for (const [args, argumentName] of [
    ['divisionPrefix: "6"', 'divisionPrefix'],
    ['divisionPrefix: "6107271012011"', 'divisionPrefix'],
    ['divisionPrefix: "610727", first: 10001', 'first'],
    ['divisionPrefix: "610727", after: "nonsense!"', 'after'],
    ['divisionPrefix: "610727", bornOnOrBefore: "1944-02-30"', 'bornOnOrBefore'],
  ] as const) {
    test(`personsInDivision(${args}) is BAD_USER_INPUT naming ${argumentName}`, async () => {
      const result = await executeSubgraph(subgraph, `{ personsInDivision(${args}) { idNumbers } }`);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
    });
  }
});
