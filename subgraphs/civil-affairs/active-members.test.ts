import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { civilAffairsSubgraph } from './subgraph.js';
import { executeSubgraph, type SubgraphResult } from '../../test-support/subgraph.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const P = (n: number) => validIdNumber('610727', '19700101', String(n).padStart(3, '0'));
const X_ID = validIdNumberEndingInX('610727', '19710101');
const [A, B, C, D, E, F, G, H, I] = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(P) as [string, string, string, string, string, string, string, string, string];

function household(JTBH: string, HZSFZH: string, NBRQ: string | null, TBRQ: string | null, XZQHDM = '610727101201'): LegacyRow<'DB_JT'> {
  return { JTBH, HZSFZH, XZQHDM, BZLBDM: '2', YBZJE: '300.00', NBRQ, TBRQ };
}
const member = (JTBH: string, SFZH: string, YHZGXDM = '03'): LegacyRow<'DB_JTCY'> => ({ JTBH, SFZH, XM: '成员', YHZGXDM });

const QUERY = `query($date: Date!, $prefix: String, $first: Int, $after: String) {
  dibaoMembersActiveAt(date: $date, divisionPrefix: $prefix, first: $first, after: $after) { idNumbers endCursor hasNextPage }
}`;

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`active dibao members on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let subgraph: ReturnType<typeof civilAffairsSubgraph>;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'CIVIL_AFFAIRS');
      await db.insert('DB_JT', [
        household('H1', A, '20230101', null),
        household('H2', D, '20220101', '20240301'), // ended on the day: not active
        household('H3', E, '20240301', null), // starts on the day: active; head has no member row
        household('H4', G, '20220101', 'abc'), // an end date that is not a date has ended
        household('H5', H, '', null), // no start date
        household('H6', P(20), '20240302', null), // starts the day after
        household('H7', I, '20200101', '', '610728100201'), // empty end: open; another county
        household('H8', X_ID, '20200101', null),
      ]);
      await db.insert('DB_JTCY', [
        member('H1', A, '01'),
        member('H1', B),
        member('H1', C),
        member('H2', D, '01'),
        member('H3', F),
        member('H4', G, '01'),
        member('H5', H, '01'),
        member('H6', P(20), '01'),
        member('H7', I, '01'),
        member('H8', X_ID.replace(/X$/, 'x'), '01'),
        member('H8', '123', '03'),
      ]);
      subgraph = civilAffairsSubgraph(db.location);
    });

    afterAll(async () => {
      await subgraph?.close();
      await db?.drop();
    });

    async function pages(variables: Record<string, unknown>): Promise<string[][]> {
      const out: string[][] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const result: SubgraphResult = await executeSubgraph(subgraph, QUERY, { ...variables, after });
        assert.equal(result.errors, undefined, JSON.stringify(result.errors));
        const page = result.data!.dibaoMembersActiveAt;
        out.push(page.idNumbers);
        if (!page.hasNextPage) return out;
        after = page.endCursor;
      }
      throw new Error('paging did not end');
    }

    test('members of households active on the day, heads without a member row included, invalid IDs left out', async () => {
      const all = (await pages({ date: '2024-03-01' })).flat();
      assert.deepEqual([...all].sort(), [A, B, C, E, F, I, X_ID].sort());
    });

    test('a division prefix keeps the households of that division', async () => {
      const all = (await pages({ date: '2024-03-01', prefix: '610727' })).flat();
      assert.deepEqual([...all].sort(), [A, B, C, E, F, X_ID].sort());
    });

    test('small pages never split a household and together hold every member once', async () => {
      const result = await pages({ date: '2024-03-01', first: 2 });
      assert.deepEqual(result[0]!.sort(), [A, B, C].sort(), 'a household larger than the page comes whole');
      assert.deepEqual(result.flat().sort(), [A, B, C, E, F, I, X_ID].sort());
    });

    test('a malformed date, page size and cursor are BAD_USER_INPUT naming the argument', async () => {
      for (const [variables, argumentName] of [
        [{ date: '2024-02-30' }, 'date'],
        [{ date: '2024-03-01', first: 0 }, 'first'],
        [{ date: '2024-03-01', after: '***' }, 'after'],
        [{ date: '2024-03-01', prefix: '61x' }, 'divisionPrefix'],
      ] as const) {
        const result = await executeSubgraph(subgraph, QUERY, variables);
        assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
        assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
      }
    });
  });
}
