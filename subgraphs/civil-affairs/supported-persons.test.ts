import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { describeOrSkip } from '../../test-support/skip.js';
import assert from '../../test-support/assert.js';
import { civilAffairsSubgraph } from './subgraph.js';
import { executeSubgraph, type SubgraphResult } from '../../test-support/subgraph.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyRow, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';

const P = (n: number) => validIdNumber('610727', '19400101', String(n).padStart(3, '0'));
const X_ID = validIdNumberEndingInX('610727', '19410101');
/** Born elsewhere: the ID number's county says nothing about who is supported here. */
const ELSEWHERE = validIdNumber('110101', '19420101', '017');
const [A, B, C, D, E, F] = [1, 2, 3, 4, 5, 6].map(P) as [string, string, string, string, string, string];

const support = (SFZH: string, KSRQ: string | null, ZZRQ: string | null, GYXSDM = '2'): LegacyRow<'TK_GYRY'> => ({ SFZH, XM: '供养', GYXSDM, KSRQ, ZZRQ });

const QUERY = `query($date: Date!, $first: Int, $after: String) {
  supportedPersonsAt(date: $date, first: $first, after: $after) { idNumbers endCursor hasNextPage }
}`;

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`supported persons (特困供养) on a day, on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let db: LegacyTestDatabase;
    let subgraph: ReturnType<typeof civilAffairsSubgraph>;

    beforeAll(async () => {
      db = await createLegacyTestDatabase(dialect, 'CIVIL_AFFAIRS');
      await db.insert('TK_GYRY', [
        support(A, '20230101', null, '1'),
        support(B, '20220101', '20240301'), // ended on the day: not supported
        support(C, '20240301', null), // starts on the day: supported
        support(D, '20220101', '2024XX01'), // an unreadable end has ended
        support(E, '20240230', null), // an unreadable start never started
        support(F, '20240302', null), // starts the day after
        support(X_ID.replace(/X$/, 'x'), '20200101', ''), // empty end: open; a lower-case x is the same person
        support('123', '20200101', null), // not a citizen ID number
        support(A, '20240101', null), // a second active record of A
        support(ELSEWHERE, '20200101', '20250101'),
        support(P(7), null, null), // no start at all
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
        const page = result.data!.supportedPersonsAt;
        out.push(page.idNumbers);
        if (!page.hasNextPage) return out;
        assert.ok(page.endCursor, 'a page with a next page names where it ends');
        after = page.endCursor;
      }
      throw new Error('paging did not end');
    }

    test('persons with a support record active on the day, whatever county issued their ID number, each once', async () => {
      const [only, ...rest] = await pages({ date: '2024-03-01' });
      assert.deepEqual(rest, []);
      assert.deepEqual([...only!].sort(), [A, C, X_ID, ELSEWHERE].sort());
    });

    test('ended, unreadable, not yet started and missing dates do not count, as supportedAt judges them', async () => {
      const result = await executeSubgraph(
        subgraph,
        `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Person { idNumber supportedAt(date: "2024-03-01") } } }`,
        { ids: [A, B, C, D, E, F, P(7), X_ID, ELSEWHERE].map((idNumber) => ({ __typename: 'Person', idNumber })) },
      );
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const supported = result.data!._entities.filter((p: { supportedAt: boolean }) => p.supportedAt).map((p: { idNumber: string }) => p.idNumber);
      const listed = (await pages({ date: '2024-03-01' })).flat();
      assert.deepEqual([...listed].sort(), [...supported].sort());
    });

    test('small pages hold at most `first` persons and together every supported person', async () => {
      const result = await pages({ date: '2024-03-01', first: 1 });
      assert.ok(result.every((page) => page.length <= 1));
      assert.deepEqual([...new Set(result.flat())].sort(), [A, C, X_ID, ELSEWHERE].sort());
    });

    test('another day has other persons: before C started, after the end of the one from elsewhere', async () => {
      assert.deepEqual((await pages({ date: '2024-02-29' })).flat().sort(), [A, B, X_ID, ELSEWHERE].sort());
      assert.deepEqual((await pages({ date: '2025-01-01' })).flat().sort(), [A, C, F, X_ID].sort());
    });

    test('a malformed date, page size and cursor are BAD_USER_INPUT naming the argument', async () => {
      for (const [variables, argumentName] of [
        [{ date: '2024-02-30' }, 'date'],
        [{ date: '2024-03-01', first: 0 }, 'first'],
        [{ date: '2024-03-01', first: 10_001 }, 'first'],
        [{ date: '2024-03-01', after: '***' }, 'after'],
        [{ date: '2024-03-01', after: Buffer.from('H1').toString('base64url') }, 'after'],
      ] as const) {
        const result = await executeSubgraph(subgraph, QUERY, variables);
        assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
        assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
      }
    });
  });
}
