import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { startHub, type TestHub } from '../test-support/hub.js';
import { comparable, crosscheckOverGateway, findingsOfJsonl } from '../test-support/crosscheck-runs.js';
import { runHubCli } from '../test-support/hub-cli.js';
import { loadConfig } from '../lib/config.js';
import { hubKeys } from '../access/secrets.js';
import { mintUserToken } from '../access/tokens.js';

/**
 * The cross-check over the real thing: every subgraph and the gateway over HTTP, on a generated
 * sample county whose planted anomalies are known. The check must find each of them and nothing else.
 */
describe('cross-check end to end over the gateway and the sample county', () => {
  let hub: TestHub;
  let headers: Record<string, string>;
  const { ask, checkAndWait, allFindings } = crosscheckOverGateway(
    () => hub.gatewayUrl,
    () => headers,
  );

  function difference(expected: Set<string>, actual: Set<string>): string {
    const missing = [...expected].filter((k) => !actual.has(k));
    const extra = [...actual].filter((k) => !expected.has(k));
    return `missing ${missing.length}: ${missing.slice(0, 20).join(' ')}; unexpected ${extra.length}: ${extra.slice(0, 20).join(' ')}`;
  }

  beforeAll(async () => {
    // Polling progress and paging findings is many small requests: not what the rate limit is for.
    hub = await startHub({ persons: 1000, seed: 7, env: { HUB_RATE_LIMIT_PER_MINUTE: '100000', HUB_RATE_LIMIT_BURST: '10000' } });
    const keys = hubKeys(loadConfig({ HUB_DATA_DIR: hub.dataDir }));
    // An analyst of the sample county's province: the cross-check's user.
    headers = { authorization: `Bearer ${await mintUserToken(keys, { sub: 'analyst-e2e', role: 'analyst', regions: ['61'] })}` };
  });

  afterAll(async () => {
    await hub?.close();
  });

  test('every planted anomaly is found, with its department and evidence, and nothing else is flagged', async () => {
    assert.ok(hub.expectedFindings.length > 0, 'the sample county plants anomalies');
    const { programmes } = await ask(`{ programmes { code batches { batchNumber period } } }`);
    const scopes = new Set<string>();
    for (const programme of programmes) for (const batch of programme.batches) scopes.add(JSON.stringify([programme.code, batch.period]));
    const actual = new Set<string>();
    for (const scope of scopes) {
      const [programmeCode, period] = JSON.parse(scope) as [string, string];
      const run = await checkAndWait({ p: programmeCode, q: period });
      assert.equal(run.status, 'COMPLETED', `${programmeCode} ${period}: ${run.error ?? ''}`);
      assert.equal(run.linesChecked, run.linesTotal);
      for (const finding of await allFindings(run.id)) {
        actual.add(`${finding.lineId}:${finding.rule}`);
        assert.ok(finding.evidence.length > 0);
        assert.ok(!/\d{17}[\dX]/.test(finding.evidence), `evidence quotes no full ID number: ${finding.evidence}`);
      }
    }
    // A finding leads to finance's payment line through the gateway.
    const lastRun = (await ask(`{ crosscheckRuns(first: 1) { edges { node { id } } } }`)).crosscheckRuns.edges[0].node.id;
    const { findings: linked } = await ask(`query($id: ID!) { findings(runId: $id, first: 3) { edges { node { lineId amount line { id amount } } } } }`, { id: lastRun });
    for (const { node } of linked.edges) assert.deepEqual(node.line, { id: node.lineId, amount: node.amount });
    const expected = new Set(hub.expectedFindings.map((f) => `${f.lineId}:${f.rule}`));
    assert.ok(actual.size === expected.size && [...expected].every((k) => actual.has(k)), difference(expected, actual));
    // Every rule of the table is planted at least once, so none is tested only by its absence.
    const rules = new Set(hub.expectedFindings.map((f) => f.rule));
    assert.ok(rules.size >= 19, `rules planted: ${[...rules].sort().join(', ')}`);
  });

  test("an analyst's month (--period) is one run over every batch of the month in their regions, and finds what the runs of each batch find", async () => {
    const analyst = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: await hub.token({ sub: 'analyst-month', role: 'analyst', regions: ['610727'] }) };
    const month = await runHubCli(['crosscheck', '--period', '202403', '--format', 'jsonl'], analyst);
    assert.equal(month.code, 0, month.stderr);
    const { programmes } = await ask(`{ programmes { code batches(period: "202403") { batchNumber } } }`);
    const batches: string[] = programmes.flatMap((p: { batches: { batchNumber: string }[] }) => p.batches.map((b) => b.batchNumber));
    assert.ok(programmes.filter((p: { batches: unknown[] }) => p.batches.length > 0).length > 1, 'the month has batches of several programmes');
    const perBatch = [];
    for (const batchNumber of batches) {
      const run = await checkAndWait({ b: batchNumber });
      assert.equal(run.status, 'COMPLETED', `${batchNumber}: ${run.error ?? ''}`);
      perBatch.push(...(await allFindings(run.id)));
    }
    assert.ok(perBatch.length > 0);
    assert.deepEqual(comparable(findingsOfJsonl(month.stdout)), comparable(perBatch));
    assert.match(month.stderr, new RegExp(`全部项目的 ${batches.length} 个批次，期间 2024-03）：已完成`));

    // --batch repeated: batches of two programmes in one run, each line judged by its own programme.
    const two = [batches[0]!, batches.at(-1)!];
    const both = await runHubCli(['crosscheck', '--batch', two[0]!, '--batch', two[1]!, '--format', 'jsonl'], analyst);
    assert.equal(both.code, 0, both.stderr);
    assert.deepEqual(comparable(findingsOfJsonl(both.stdout)), comparable(perBatch.filter((f) => two.includes(f.batchNumber))));

    // An analyst of another county has no batch in this month: the flag is named, nothing runs.
    const elsewhere = await runHubCli(['crosscheck', '--period', '202403'], { ...analyst, HUB_TOKEN: await hub.token({ sub: 'analyst-610728', role: 'analyst', regions: ['610728'] }) });
    assert.equal(elsewhere.code, 2, elsewhere.stderr);
    assert.match(elsewhere.stderr, /--period has no batches disbursed in regions 610728/);
  });

  test('with the justice subgraph stopped, IN_CUSTODY comes back not checked and every other rule completes', async () => {
    const { programmes } = await ask(`{ programmes { code eligibilityCondition batches { batchNumber lineCount } } }`);
    const withCustody = new Set(hub.expectedFindings.filter((f) => f.rule === 'IN_CUSTODY').map((f) => f.lineId));
    // A batch with at least one planted IN_CUSTODY line, so "not checked" hides a real finding.
    let chosen: string | null = null;
    for (const programme of programmes) {
      for (const batch of programme.batches) {
        const { batch: lines } = await ask(`query($b: String!) { batch(batchNumber: $b) { lines(first: 5000) { edges { node { id } } } } }`, { b: batch.batchNumber });
        if (lines.lines.edges.some((e: any) => withCustody.has(e.node.id))) chosen ??= batch.batchNumber;
      }
    }
    assert.ok(chosen, 'a batch pays someone in custody');
    await hub.stopSubgraph('JUSTICE');
    const run = await checkAndWait({ b: chosen });
    assert.equal(run.status, 'COMPLETED_WITH_GAPS');
    const { notChecked } = await ask(`query($id: ID!) { notChecked(runId: $id, first: 5000) { totalCount edges { node { lineId department rules reason } } } }`, { id: run.id });
    assert.ok(notChecked.totalCount > 0);
    for (const { node } of notChecked.edges) {
      assert.equal(node.department, 'JUSTICE');
      assert.deepEqual(node.rules, ['IN_CUSTODY']);
      assert.match(node.reason, /^justice \(司法\) could not be asked/);
    }
    const gaps = new Set(notChecked.edges.map((e: any) => e.node.lineId as string));
    for (const lineId of withCustody) {
      if (gaps.has(lineId)) continue;
      // Only lines of other batches, or lines where IN_CUSTODY does not apply, may be missing from the gaps.
      const found = (await allFindings(run.id)).some((f) => f.lineId === lineId);
      assert.ok(!found || !gaps.has(lineId));
    }
    const findings = await allFindings(run.id);
    assert.ok(!findings.some((f) => f.rule === 'IN_CUSTODY'), 'nothing is reported from a department that was not asked');
    const batchLines = new Set(
      (await ask(`query($b: String!) { batch(batchNumber: $b) { lines(first: 5000) { edges { node { id } } } } }`, { b: chosen })).batch.lines.edges.map((e: any) => e.node.id as string),
    );
    const expectedOthers = new Set(hub.expectedFindings.filter((f) => batchLines.has(f.lineId) && f.rule !== 'IN_CUSTODY').map((f) => `${f.lineId}:${f.rule}`));
    const actual = new Set(findings.map((f) => `${f.lineId}:${f.rule}`));
    assert.ok(actual.size === expectedOthers.size && [...expectedOthers].every((k) => actual.has(k)), difference(expectedOthers, actual));
    for (const f of hub.expectedFindings.filter((f) => batchLines.has(f.lineId) && f.rule === 'IN_CUSTODY')) {
      assert.ok(gaps.has(f.lineId), `line ${f.lineId} in custody is reported not checked, never clean`);
    }
  });
});
