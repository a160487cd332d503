/**
 * The disbursement service against a stand-in gateway: how it splits a large township over several
 * finance calls and merges them, how it enforces an analyst's regions, and how it relays the
 * departments' argument errors. The real gateway is exercised in disbursement.e2e.test.ts.
 */
import { describe, test } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { disbursementSubgraph } from './subgraph.js';
import { executeSubgraph } from '../../test-support/subgraph.js';
import { GraphQLRequestError } from '../../lib/graphql-client.js';
import { FakeGatewayClient } from '../../test-support/fake-gateway-client.js';
import type { Identity } from '../../access/identity.js';
import { validIdNumber } from '../../test-support/id-numbers.js';

const TOWNSHIP = '610727101';
/** 25,000 persons: three finance calls of at most 10,000 ID numbers each. */
const PERSONS = Array.from({ length: 25_000 }, (_, i) => validIdNumber('610727', '19500101', String(i % 1000).padStart(3, '0')).replace(/^610727/, String(610727 + Math.floor(i / 1000))));

const INDEX = new Map(PERSONS.map((id, i) => [id, i]));

/** Each person i has one line with id 3i + 1 and amount i fen (person 0: none). */
function linesOf(ids: readonly string[]) {
  return ids
    .map((id) => INDEX.get(id) ?? 0)
    .filter((i) => i > 0)
    .sort((a, b) => a - b)
    .map((i) => ({ id: 3 * i + 1, fen: i, person: PERSONS[i]! }));
}

/** Finance and the register of the 25,000 persons: the register pages them, finance answers each person's one line. */
function county(): FakeGatewayClient {
  const lines = (variables: Record<string, any>) =>
    linesOf(variables.filter?.idNumbers ?? PERSONS).filter((l) => variables.after == null || l.id > Number(variables.after));
  return new FakeGatewayClient({
    DisbursementDivision: (variables) => {
      const after = variables.after == null ? 0 : Number(variables.after);
      const page = PERSONS.slice(after, after + Number(variables.first));
      const next = after + page.length;
      return { page: { idNumbers: page, endCursor: page.length ? String(next) : null, hasNextPage: next < PERSONS.length } };
    },
    DisbursementSearchPage: (variables) => {
      const found = lines(variables);
      const first = Number(variables.first);
      return { lines: { edges: found.slice(0, first).map((l) => ({ cursor: String(l.id), note: null })), pageInfo: { hasNextPage: found.length > first } } };
    },
    DisbursementSearchTotals: (variables) => {
      const found = lines(variables);
      const totalAmount = (found.reduce((s, l) => s + l.fen, 0) / 100).toFixed(2);
      return { lines: { totals: { lineCount: found.length, personCount: new Set(found.map((l) => l.person)).size, totalAmount } } };
    },
  });
}

const PAGE = `query($filter: PaymentFilter, $first: Int, $after: String) {
  payments(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } totals { lineCount personCount totalAmount } }
}`;

function service(fake: FakeGatewayClient) {
  return disbursementSubgraph({ gatewayUrl: 'http://unused.invalid/graphql', gatewayClientFor: () => fake });
}

const analyst = (regions: string[]): Identity => ({ sub: 'alice', role: 'analyst', regions, department: null });

describe('disbursement service', () => {
  test('a township of 25,000 persons is asked of finance in three calls whose pages merge in line-id order', async () => {
    const fake = county();
    const result = await executeSubgraph(service(fake), PAGE, { filter: { division: TOWNSHIP }, first: 5 });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const page = result.data!.payments;
    assert.deepEqual(page.edges.map((e: any) => e.node.id), ['4', '7', '10', '13', '16']);
    assert.equal(page.pageInfo.hasNextPage, true);
    assert.ok(fake.callsOf('DisbursementSearchPage').length >= 3);
    for (const call of [...fake.callsOf('DisbursementSearchPage'), ...fake.callsOf('DisbursementSearchTotals')]) {
      const filter = call.variables.filter as { idNumbers: string[]; division?: string };
      assert.ok(filter.idNumbers.length <= 10_000);
      assert.equal(filter.division, undefined, 'a township is the register\'s, not a batch county');
    }
    // Persons 1..24,999 have a line of i fen each.
    assert.deepEqual(page.totals, { lineCount: 24_999, personCount: 24_999, totalAmount: ((24_999 * 25_000) / 2 / 100).toFixed(2) });
  });

  test('a page after a cursor deep in the last call continues in order', async () => {
    const fake = county();
    const result = await executeSubgraph(service(fake), PAGE, { filter: { division: TOWNSHIP }, first: 3, after: String(3 * 24_997 + 1) });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(result.data!.payments.edges.map((e: any) => e.node.id), [String(3 * 24_998 + 1), String(3 * 24_999 + 1)]);
    assert.equal(result.data!.payments.pageInfo.hasNextPage, false);
  });

  test('a county prefix goes to finance as it is, in one call', async () => {
    const fake = county();
    const result = await executeSubgraph(service(fake), `{ payments(filter: { division: "610727" }, first: 2) { edges { cursor } } }`);
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    assert.deepEqual(fake.calls.map((c) => c.operation), ['DisbursementSearchPage']);
    assert.deepEqual(fake.calls[0]!.variables.filter, { division: '610727' });
  });

  test('an analyst must name a division inside their regions before anything is asked', async () => {
    const fake = county();
    const none = await executeSubgraph(service(fake), `{ payments(first: 2) { edges { cursor } } }`, {}, analyst(['610727']));
    assert.equal(none.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const outside = await executeSubgraph(service(fake), `{ payments(filter: { division: "610728101" }, first: 2) { edges { cursor } } }`, {}, analyst(['610727']));
    assert.equal(outside.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(fake.calls, [], 'the departments were not asked');
  });

  test("a department's argument error reaches the client as BAD_USER_INPUT naming the same argument", async () => {
    const fake = county();
    fake.failWith = new GraphQLRequestError('Argument "filter.programme" names no programme: "X" [BAD_USER_INPUT]', 'graphql', [
      { message: 'Argument "filter.programme" names no programme: "X"', extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.programme' } },
    ]);
    const result = await executeSubgraph(service(fake), `{ payments(filter: { programme: "X" }) { edges { cursor } } }`);
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(result.errors?.[0]?.extensions?.argumentName, 'filter.programme');
    assert.equal(result.errors?.[0]?.message, 'Argument "filter.programme" names no programme: "X"');
  });

  test('a department that cannot be read is reported with its code and name, not as a bad argument', async () => {
    const fake = county();
    fake.failWith = new GraphQLRequestError('The finance (财政) database could not be read: ECONNREFUSED [DEPARTMENT_UNAVAILABLE]', 'graphql', [
      { message: 'The finance (财政) database could not be read: ECONNREFUSED', extensions: { code: 'DEPARTMENT_UNAVAILABLE', department: 'FINANCE' } },
    ]);
    const result = await executeSubgraph(service(fake), `{ payments { edges { cursor } } }`);
    assert.equal(result.errors?.[0]?.extensions?.code, 'DEPARTMENT_UNAVAILABLE');
    assert.equal(result.errors?.[0]?.extensions?.department, 'FINANCE');
  });

  test('the service checks its own arguments before asking anyone', async () => {
    const fake = county();
    for (const [text, argumentName] of [
      [`{ payments(first: 0) { edges { cursor } } }`, 'first'],
      [`{ payments(filter: { division: "6107271012011" }) { edges { cursor } } }`, 'filter.division'],
      [`{ latePayments(hours: 0) { edges { cursor } } }`, 'hours'],
      [`{ unpaidFailures(withinDays: 30, filter: { status: PENDING }) { edges { cursor } } }`, 'filter.status'],
      [`{ missedPayments(programme: "X", period: "2024-03") { totalCount } }`, 'period'],
      [`{ missedPayments(programme: "X", period: "202403", after: "%%") { totalCount } }`, 'after'],
    ] as const) {
      const result = await executeSubgraph(service(fake), text);
      assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', text);
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName, text);
    }
    assert.deepEqual(fake.calls, []);
  });
});
