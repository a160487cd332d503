import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../../test-support/assert.js';
import { ErrorCode } from '../../lib/errors.js';
import { FakeCrosscheckGateway } from '../../test-support/fake-crosscheck-gateway.js';
import { startCrosscheckService, type CrosscheckTestService } from '../../test-support/crosscheck-service.js';
import { validIdNumber } from '../../test-support/id-numbers.js';
import { crosscheckSubgraph } from './subgraph.js';

const person = (n: number) => validIdNumber('610727', '19500101', String(n).padStart(3, '0'));

interface Response {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

describe('crosscheck subgraph over HTTP', () => {
  let fake: FakeCrosscheckGateway;
  let service: CrosscheckTestService;
  let firstRunId: string;

  /** As the gateway sends it for `user` (null: the public), an analyst of the county. */
  async function gql(query: string, variables: Record<string, unknown> = {}, user: string | null = 'alice'): Promise<Response> {
    const headers = await service.headersFor(user === null ? null : { sub: user, role: 'analyst', regions: ['610727'], department: null });
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Response;
  }

  async function startAndWait(variables: Record<string, unknown>, user = 'alice') {
    const started = await gql(`mutation($b: String, $p: String, $q: String) { startCrosscheck(batchNumber: $b, programmeCode: $p, period: $q) { id status } }`, variables, user);
    assert.equal(started.errors, undefined, JSON.stringify(started.errors));
    assert.equal(started.data.startCrosscheck.status, 'RUNNING');
    await service.settled(started.data.startCrosscheck.id);
    return started.data.startCrosscheck.id as string;
  }

  beforeAll(async () => {
    fake = new FakeCrosscheckGateway();
    fake.addBatch({ batchNumber: 'PCH001', programmeCode: 'DB01', eligibilityCondition: 'DIBAO', period: '202403', countyCode: '610727' }, [
      { id: '1', idNumber: person(1), amount: '1234.56' },
      { id: '2', idNumber: person(2), amount: '0.10' },
      { id: '3', idNumber: person(3), amount: '300.00' },
      { id: '4', idNumber: person(4), amount: '400.00' },
      { id: '5', idNumber: 'BAD', amount: '500.00' },
    ]);
    fake.responders.REGISTER = (s) => (s.key === '3' ? [['DECEASED', 'died 2024-01-17, before the period start 2024-03-01']] : []);
    fake.responders.DIBAO = (s) => (s.key === '4' || s.key === '3' ? [['NOT_ON_DIBAO', 'no dibao household active on 2024-03-01']] : []);
    fake.responders.CUSTODY = (s) => (s.key === '2' ? [['IN_CUSTODY', 'sentence ZF1 from 2023-05-01']] : []);
    fake.villages.set(person(3), '610727101001');
    fake.villages.set(person(4), '610727202002');
    // Justice is down for the first chunk (lines 1 and 2) of the first run only.
    fake.failWhen = (check, call) => check === 'CUSTODY' && call === 1;
    service = await startCrosscheckService(fake, { chunkSize: 2 });
    firstRunId = await startAndWait({ b: 'PCH001' });
  });

  afterAll(async () => {
    await service?.close();
  });

  test('a request that did not come through the gateway is refused', async () => {
    const response = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-user': 'alice' }, body: JSON.stringify({ query: '{ crosscheckRuns { totalCount } }' }) });
    const body = (await response.json()) as Response;
    assert.equal(body.errors?.[0]?.extensions?.code, ErrorCode.UNAUTHENTICATED);
  });

  test('starting a check as the public is refused and starts nothing', async () => {
    const result = await gql(`mutation { startCrosscheck(batchNumber: "PCH001") { id } }`, {}, null);
    assert.ok([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN].includes(result.errors?.[0]?.extensions?.code), JSON.stringify(result.errors));
    const runs = await gql(`{ crosscheckRuns { totalCount } }`);
    assert.equal(runs.data.crosscheckRuns.totalCount, 1);
  });

  test('a run is kept with who ran it, when, on what, and its progress', async () => {
    const result = await gql(`query($id: ID!) { crosscheckRun(id: $id) { id status startedBy startedAt finishedAt linesTotal linesChecked rerunOf { id } error
      scope { kind batchNumber programmeCode period batchNumbers eligibilityCondition } } }`, { id: firstRunId });
    const run = result.data.crosscheckRun;
    assert.equal(run.status, 'COMPLETED_WITH_GAPS');
    assert.equal(run.startedBy, 'alice');
    assert.ok(Date.parse(run.startedAt) <= Date.parse(run.finishedAt));
    assert.deepEqual([run.linesTotal, run.linesChecked, run.rerunOf, run.error], [5, 5, null, null]);
    assert.deepEqual(run.scope, { kind: 'BATCH', batchNumber: 'PCH001', programmeCode: 'DB01', period: '202403', batchNumbers: ['PCH001'], eligibilityCondition: 'DIBAO' });
  });

  test('a long poll on a run answers as soon as more lines are checked, and with the run as it stands when nothing changed in time', async () => {
    // The first page of lines waits for `release`, every later one for the end of the test: the run stays running.
    let release!: () => void;
    let releaseRest!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const rest = new Promise<void>((resolve) => (releaseRest = resolve));
    let pages = 0;
    fake.onCheckLines = () => (pages++ === 0 ? held : rest);
    try {
      const started = await gql(`mutation { startCrosscheck(batchNumber: "PCH001") { id linesChecked } }`);
      const id = started.data.startCrosscheck.id as string;
      const progress = `query($id: ID!, $w: Int, $above: Int) { crosscheckRun(id: $id, waitMs: $w, linesCheckedAbove: $above) { status linesChecked } }`;
      const unchanged = await gql(progress, { id, w: 50, above: 0 });
      assert.deepEqual(unchanged.data.crosscheckRun, { status: 'RUNNING', linesChecked: 0 });

      const asked = Date.now();
      const answer = gql(progress, { id, w: 10_000, above: 0 });
      setTimeout(release, 100);
      const moved = (await answer).data.crosscheckRun;
      assert.deepEqual(moved, { status: 'RUNNING', linesChecked: 2 });
      // Answered by the progress, not by the end of the wait.
      assert.ok(Date.now() - asked < 5_000, `answered after ${Date.now() - asked} ms`);

      releaseRest();
      await service.settled(id);
      const ended = await gql(progress, { id, w: 10_000, above: 5 });
      assert.equal(ended.data.crosscheckRun.status, 'COMPLETED');
    } finally {
      fake.onCheckLines = null;
      release();
      releaseRest();
    }
  });

  test('a long poll with a wait or a line count out of range is BAD_USER_INPUT naming the argument', async () => {
    for (const [variables, argument] of [
      [{ w: 10_001, above: 0 }, 'waitMs'],
      [{ w: -1, above: 0 }, 'waitMs'],
      [{ w: 100, above: -3 }, 'linesCheckedAbove'],
    ] as const) {
      const result = await gql(`query($id: ID!, $w: Int, $above: Int) { crosscheckRun(id: $id, waitMs: $w, linesCheckedAbove: $above) { id } }`, { id: firstRunId, ...variables });
      assert.equal(result.errors?.[0]?.extensions?.code, ErrorCode.BAD_USER_INPUT, JSON.stringify(result));
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argument, JSON.stringify(result.errors));
    }
  });

  test('an unknown run is null', async () => {
    const result = await gql(`{ a: crosscheckRun(id: "999") { id } b: crosscheckRun(id: "x") { id } }`);
    assert.deepEqual(result.data, { a: null, b: null });
  });

  test('the summary counts findings per rule and per department, and sums the amount at risk exactly', async () => {
    const result = await gql(`query($id: ID!) { crosscheckRun(id: $id) { summary { findings linesFlagged notCheckedLines
      byRule { rule departments findings amountAtRisk } byDepartment { department findings lines } notChecked { department lines rules } } } }`, { id: firstRunId });
    assert.deepEqual(result.data.crosscheckRun.summary, {
      findings: 4,
      linesFlagged: 3,
      notCheckedLines: 2,
      byRule: [
        { rule: 'ID_INVALID', departments: [], findings: 1, amountAtRisk: '500.00' },
        { rule: 'DECEASED', departments: ['PUBLIC_SECURITY'], findings: 1, amountAtRisk: '300.00' },
        { rule: 'NOT_ON_DIBAO', departments: ['CIVIL_AFFAIRS'], findings: 2, amountAtRisk: '700.00' },
      ],
      byDepartment: [
        { department: 'PUBLIC_SECURITY', findings: 1, lines: 1 },
        { department: 'CIVIL_AFFAIRS', findings: 2, lines: 2 },
      ],
      notChecked: [{ department: 'JUSTICE', lines: 2, rules: ['IN_CUSTODY'] }],
    });
  });

  test('findings page with Relay cursors in line order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const result: Response = await gql(`query($id: ID!, $after: String) { findings(runId: $id, first: 3, after: $after) {
        totalCount edges { cursor node { lineId rule departments evidence amount batchNumber village line { id } review { id } } } pageInfo { hasNextPage endCursor } } }`, { id: firstRunId, after });
      const page = result.data.findings;
      assert.equal(page.totalCount, 4);
      seen.push(...page.edges.map((e: any) => `${e.node.lineId}:${e.node.rule}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, ['3:DECEASED', '3:NOT_ON_DIBAO', '4:NOT_ON_DIBAO', '5:ID_INVALID']);
  });

  test('findings filter by rule, by department and by village prefix', async () => {
    const q = `query($id: ID!, $rule: CrosscheckRule, $dept: CrosscheckDepartment, $village: String) {
      findings(runId: $id, rule: $rule, department: $dept, village: $village) { totalCount edges { node { lineId rule village amount } } } }`;
    const byRule = await gql(q, { id: firstRunId, rule: 'DECEASED' });
    assert.deepEqual(byRule.data.findings.edges.map((e: any) => e.node), [{ lineId: '3', rule: 'DECEASED', village: '610727101001', amount: '300.00' }]);
    const byDepartment = await gql(q, { id: firstRunId, dept: 'CIVIL_AFFAIRS' });
    assert.deepEqual(byDepartment.data.findings.edges.map((e: any) => e.node.lineId), ['3', '4']);
    const byVillage = await gql(q, { id: firstRunId, village: '610727202' });
    assert.deepEqual(byVillage.data.findings.edges.map((e: any) => [e.node.lineId, e.node.village]), [['4', '610727202002']]);
    const both = await gql(q, { id: firstRunId, rule: 'DECEASED', dept: 'CIVIL_AFFAIRS' });
    assert.equal(both.data.findings.totalCount, 0);
  });

  test('bad paging and filter arguments are BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($id: ID!) { findings(runId: $id, first: 0) { totalCount } }`, { id: firstRunId }, 'first'],
      [`query($id: ID!) { findings(runId: $id, after: "not-a-cursor") { totalCount } }`, { id: firstRunId }, 'after'],
      [`query($id: ID!) { findings(runId: $id, village: "61") { totalCount } }`, { id: firstRunId }, 'village'],
      [`{ findings(runId: "999") { totalCount } }`, {}, 'runId'],
      [`{ compareRuns(a: "999", b: "1") { a { id } } }`, {}, 'a'],
    ];
    for (const [query, variables, argumentName] of cases) {
      const result = await gql(query, variables);
      assert.equal(result.errors?.[0]?.extensions?.code, ErrorCode.BAD_USER_INPUT, query);
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName, query);
    }
  });

  test('the lines not checked are a result of their own, with department, rules and reason', async () => {
    const result = await gql(`query($id: ID!) { notChecked(runId: $id) { totalCount edges { node { lineId batchNumber department rules reason amount line { id } } } } }`, { id: firstRunId });
    assert.equal(result.data.notChecked.totalCount, 2);
    const [first] = result.data.notChecked.edges.map((e: any) => e.node);
    assert.deepEqual({ ...first, reason: undefined }, { lineId: '1', batchNumber: 'PCH001', department: 'JUSTICE', rules: ['IN_CUSTODY'], reason: undefined, amount: '1234.56', line: { id: '1' } });
    assert.match(first.reason, /^justice \(司法\) could not be asked/);
  });

  test('bad scope arguments are BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ b: 'NOPE' }, 'batchNumber'],
      [{ p: 'DB01', q: '2024-3' }, 'period'],
      [{ p: 'EMPTY', q: '202403' }, 'programmeCode'],
    ];
    for (const [variables, argumentName] of cases) {
      const result = await gql(`mutation($b: String, $p: String, $q: String) { startCrosscheck(batchNumber: $b, programmeCode: $p, period: $q) { id } }`, variables);
      assert.equal(result.errors?.[0]?.extensions?.code, ErrorCode.BAD_USER_INPUT);
      assert.equal(result.errors?.[0]?.extensions?.argumentName, argumentName);
    }
  });

  test('a rerun checks only what was not checked, and compareRuns shows what it added', async () => {
    const callsBefore = fake.calls.length;
    const started = await gql(`mutation($id: ID!) { rerunCrosscheck(runId: $id) { id status rerunOf { id startedBy } startedBy } }`, { id: firstRunId }, 'bob');
    assert.equal(started.errors, undefined, JSON.stringify(started.errors));
    const rerunId = started.data.rerunCrosscheck.id;
    assert.deepEqual(started.data.rerunCrosscheck.rerunOf, { id: firstRunId, startedBy: 'alice' });
    await service.settled(rerunId);
    const screened = fake.screenings(callsBefore);
    assert.deepEqual(screened.map((c) => [c.check, c.subjects.map((s: any) => s.key)]), [['CUSTODY', ['1', '2']]]);
    const compared = await gql(`query($a: ID!, $b: ID!) { compareRuns(a: $a, b: $b) {
      a { id } b { id status } added { totalCount edges { node { lineId rule } } } removed { totalCount } } }`, { a: firstRunId, b: rerunId });
    assert.deepEqual(compared.data.compareRuns, {
      a: { id: firstRunId },
      b: { id: rerunId, status: 'COMPLETED' },
      added: { totalCount: 1, edges: [{ node: { lineId: '2', rule: 'IN_CUSTODY' } }] },
      removed: { totalCount: 0 },
    });
    const again = await gql(`mutation($id: ID!) { rerunCrosscheck(runId: $id) { id } }`, { id: rerunId }, 'bob');
    assert.equal(again.errors?.[0]?.extensions?.argumentName, 'runId');
  });

  test('the user who ran a check cannot review its findings; another user can, and the decision is kept', async () => {
    const findings = await gql(`query($id: ID!) { findings(runId: $id, rule: DECEASED) { edges { node { id } } } }`, { id: firstRunId });
    const findingId = findings.data.findings.edges[0].node.id;
    const review = `mutation($f: ID!, $d: ReviewDecision!, $r: String!) { reviewFinding(findingId: $f, decision: $d, reason: $r) { id findingId decision reason reviewedBy reviewedAt } }`;
    const refused = await gql(review, { f: findingId, d: 'CONFIRMED', r: 'checked the death record' }, 'alice');
    assert.equal(refused.errors?.[0]?.extensions?.code, ErrorCode.FORBIDDEN);
    const emptyReason = await gql(review, { f: findingId, d: 'CONFIRMED', r: '  ' }, 'carol');
    assert.equal(emptyReason.errors?.[0]?.extensions?.argumentName, 'reason');
    const unknown = await gql(review, { f: '999999', d: 'CONFIRMED', r: 'x' }, 'carol');
    assert.equal(unknown.errors?.[0]?.extensions?.argumentName, 'findingId');
    const accepted = await gql(review, { f: findingId, d: 'CONFIRMED', r: '死亡证明已核实' }, 'carol');
    assert.equal(accepted.errors, undefined, JSON.stringify(accepted.errors));
    assert.deepEqual({ ...accepted.data.reviewFinding, id: undefined, reviewedAt: undefined }, {
      id: undefined,
      findingId,
      decision: 'CONFIRMED',
      reason: '死亡证明已核实',
      reviewedBy: 'carol',
      reviewedAt: undefined,
    });
    const read = await gql(`query($id: ID!) { findings(runId: $id, rule: DECEASED) { edges { node { review { decision reviewedBy } reviews { decision } } } } }`, { id: firstRunId });
    assert.deepEqual(read.data.findings.edges[0].node, { review: { decision: 'CONFIRMED', reviewedBy: 'carol' }, reviews: [{ decision: 'CONFIRMED' }] });
  });

  test('the findings a rerun took over cannot be reviewed by whoever ran the source run', async () => {
    const runs = await gql(`{ crosscheckRuns(first: 1) { edges { node { id startedBy rerunOf { startedBy } } } } }`);
    const rerun = runs.data.crosscheckRuns.edges[0].node;
    assert.deepEqual([rerun.startedBy, rerun.rerunOf.startedBy], ['bob', 'alice']);
    const findings = await gql(`query($id: ID!) { findings(runId: $id, rule: DECEASED) { edges { node { id } } } }`, { id: rerun.id });
    const findingId = findings.data.findings.edges[0].node.id;
    for (const user of ['alice', 'bob']) {
      const refused = await gql(`mutation($f: ID!) { reviewFinding(findingId: $f, decision: DISMISSED, reason: "x") { id } }`, { f: findingId }, user);
      assert.equal(refused.errors?.[0]?.extensions?.code, ErrorCode.FORBIDDEN, user);
    }
  });

  test('startCrosscheck takes a list of batches or a period alone, and a bad scope is BAD_USER_INPUT naming its argument', async () => {
    const listed = await gql(`mutation($bs: [String!]) { startCrosscheck(batchNumbers: $bs) { id scope { kind batchNumbers } } }`, { bs: ['PCH001'] });
    assert.deepEqual(listed.data.startCrosscheck.scope, { kind: 'BATCH', batchNumbers: ['PCH001'] });
    await service.settled(listed.data.startCrosscheck.id);
    const month = await gql(`mutation { startCrosscheck(period: "202403") { id scope { kind batchNumbers period programmeCode } } }`);
    assert.deepEqual(month.data.startCrosscheck.scope, { kind: 'PERIOD', batchNumbers: ['PCH001'], period: '202403', programmeCode: 'DB01' });
    await service.settled(month.data.startCrosscheck.id);
    for (const [mutation, argumentName] of [
      ['mutation { startCrosscheck(batchNumbers: []) { id } }', 'batchNumbers'],
      ['mutation { startCrosscheck(batchNumbers: ["PCH001"], period: "202403") { id } }', 'batchNumbers'],
      ['mutation { startCrosscheck(period: "202413") { id } }', 'period'],
    ] as const) {
      const refused = await gql(mutation);
      assert.equal(refused.errors?.[0]?.extensions?.code, ErrorCode.BAD_USER_INPUT, mutation);
      assert.equal(refused.errors?.[0]?.extensions?.argumentName, argumentName, mutation);
    }
  });

  test('with Redis set and the store on SQLite, the service warns at start that workers elsewhere need the MariaDB store', () => {
    const said: string[] = [];
    const options = { gatewayUrl: 'http://unused.invalid/graphql', gatewayClientFor: () => fake, redis: { url: 'redis://127.0.0.1:6379', prefix: 'unused' }, warn: (line: string) => said.push(line) };
    crosscheckSubgraph({ ...options, store: { kind: 'sqlite', file: 'unused.sqlite' } });
    assert.equal(said.length, 1);
    assert.match(said[0]!, /Redis is set but the hub store is SQLite.*set HUB_STORE_URL/);
    crosscheckSubgraph({ ...options, store: { kind: 'mysql', url: 'mysql://hub@127.0.0.1:3306/unused' } });
    crosscheckSubgraph({ ...options, redis: undefined, store: { kind: 'sqlite', file: 'unused.sqlite' } });
    assert.equal(said.length, 1, 'nothing to say with MariaDB, or without Redis');
  });

  test('health answers once the store is open', async () => {
    const response = await fetch(new URL('/health', service.url));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true, service: 'crosscheck' });
  });
});
