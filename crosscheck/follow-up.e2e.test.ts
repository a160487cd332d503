/**
 * The follow-up of findings over the whole hub, with the tokens people hold: an analyst checks a
 * batch of the sample county, civil affairs sees the findings on its programmes and acts on them,
 * finance recovers what is due and writes off the rest with a second analyst. Every refusal names
 * its reason and leaves nothing behind.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { startHub, gatewayRequest, type TestHub } from '../test-support/hub.js';
import { crosscheckOverGateway } from '../test-support/crosscheck-runs.js';
import { runHubCli } from '../test-support/hub-cli.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import { localDateTime } from '../lib/local-time.js';

const FINDING_FIELDS = `id lineId rule summary amount batchNumber period countyCode programmeCode followUpDepartment idNumber name status confirmed`;
const CASE_FIELDS = `lineId rule idNumber lineAmount due recovered writtenOff outstanding status recoveries { amount recoveredOn receiptReference recordedBy } writeOff { amount requestedBy decision decidedBy }`;

type Result = Awaited<ReturnType<typeof gatewayRequest>>;

function codeOf(result: Result): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describe('findings followed up by the responsible department, and the recovery ledger', () => {
  let hub: TestHub;
  let county: string;
  let analyst: Record<string, string>;
  let reviewer: Record<string, string>;
  let civilAffairs: Record<string, string>;
  let hr: Record<string, string>;
  let otherCounty: Record<string, string>;
  let batchNumber: string;
  const { ask, checkAndWait } = crosscheckOverGateway(
    () => hub.gatewayUrl,
    () => analyst,
  );

  const as = async (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) => gatewayRequest(hub.gatewayUrl, query, variables, headers);
  const bearer = async (mint: Parameters<TestHub['token']>[0]) => ({ authorization: `Bearer ${await hub.token(mint)}` });

  async function departmentFindings(headers: Record<string, string>, variables: Record<string, unknown>): Promise<Result> {
    return as(
      headers,
      `query($b: String, $p: String, $r: CrosscheckRule, $s: FollowUpStatus) { followUpFindings(batchNumber: $b, period: $p, rule: $r, status: $s, first: 500) { totalCount edges { node { ${FINDING_FIELDS} } } } }`,
      variables,
    );
  }

  async function ledger(headers: Record<string, string> = analyst, variables: Record<string, unknown> = {}): Promise<Result> {
    return as(headers, `query($p: String) { recoveryLedger(period: $p) { cases { ${CASE_FIELDS} } totals { cases due recovered writtenOff outstanding } byProgramme { key cases due outstanding } byRule { key cases due } } }`, variables);
  }

  async function caseOf(lineId: string) {
    const result = await ledger();
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data.recoveryLedger.cases.find((c: { lineId: string }) => c.lineId === lineId);
  }

  const recover = (headers: Record<string, string>, lineId: string, amount: string, receipt: string, on = '2024-05-06') =>
    as(headers, `mutation($l: ID!, $a: Decimal!, $d: Date!, $r: String!) { recordRecovery(lineId: $l, amount: $a, recoveredOn: $d, receiptReference: $r) { ${CASE_FIELDS} } }`, {
      l: lineId,
      a: amount,
      d: on,
      r: receipt,
    });

  const act = (headers: Record<string, string>, variables: Record<string, unknown>) =>
    as(
      headers,
      `mutation($f: ID!, $a: FindingActionKind!, $p: String, $n: String!) { recordFindingAction(findingId: $f, action: $a, stopFromPeriod: $p, note: $n) { id action stopFromPeriod note department actedBy actedAt finding { idNumber status confirmed } } }`,
      variables,
    );

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 7, env: { HUB_RATE_LIMIT_PER_MINUTE: '100000', HUB_RATE_LIMIT_BURST: '10000' } });
    const province = await bearer({ sub: 'fin-province', role: 'analyst', regions: ['61'] });
    const listed = await as(province, `{ programmes { code department batches(period: "202403") { batchNumber countyCode lineCount } } }`);
    const dibao = listed.data!.programmes.find((p: { code: string; department: string; batches: unknown[] }) => p.department === 'CIVIL_AFFAIRS' && p.batches.length > 0);
    const batch = dibao.batches.sort((a: { lineCount: number }, b: { lineCount: number }) => b.lineCount - a.lineCount)[0];
    batchNumber = batch.batchNumber;
    county = batch.countyCode;
    analyst = await bearer({ sub: 'fin-wang', role: 'analyst', regions: [county] });
    reviewer = await bearer({ sub: 'fin-li', role: 'analyst', regions: [county] });
    otherCounty = await bearer({ sub: 'fin-far', role: 'analyst', regions: [county === '610728' ? '610729' : '610728'] });
    civilAffairs = await bearer({ sub: 'mz-zhao', role: 'department', department: 'CIVIL_AFFAIRS' });
    hr = await bearer({ sub: 'rs-gao', role: 'department', department: 'HR' });
    const run = await checkAndWait({ q: '202403' });
    assert.equal(run.status, 'COMPLETED', run.error ?? '');
  });

  afterAll(async () => {
    await hub?.close();
  });

  test("civil affairs sees the findings of its own programmes, with the beneficiary and the per-rule summary, not other departments' records", async () => {
    const result = await departmentFindings(civilAffairs, { p: '202403' });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const nodes = result.data.followUpFindings.edges.map((e: { node: any }) => e.node);
    assert.ok(nodes.length > 0, 'the sample county plants findings on civil affairs programmes');
    assert.equal(result.data.followUpFindings.totalCount, nodes.length);
    for (const node of nodes) {
      assert.equal(node.followUpDepartment, 'CIVIL_AFFAIRS');
      assert.equal(node.status, 'OPEN');
      assert.match(node.summary, /[\u4e00-\u9fff]/);
    }
    const deceased = nodes.find((n: { rule: string }) => n.rule === 'DECEASED');
    if (deceased) assert.equal(deceased.summary, '发放期间前已死亡');
    assert.ok(nodes.some((n: { idNumber: string | null }) => n.idNumber && /^\d{17}[\dX]$/.test(n.idNumber)), 'their own beneficiaries are named in full');
    const evidence = await as(civilAffairs, `{ followUpFindings(first: 1) { edges { node { evidence } } } }`);
    assert.equal(codeOf(evidence), 'FORBIDDEN');
    assert.equal(evidence.errors?.[0]?.extensions?.field, 'FollowUpFinding.evidence');
  });

  test("another department sees none of civil affairs' findings and is refused a civil affairs batch by name", async () => {
    const mine = await departmentFindings(hr, { p: '202403' });
    assert.equal(mine.errors, undefined, JSON.stringify(mine.errors));
    for (const { node } of mine.data.followUpFindings.edges) assert.equal(node.followUpDepartment, 'HR');
    const theirs = await departmentFindings(hr, { b: batchNumber });
    assert.equal(codeOf(theirs), 'FORBIDDEN');
    assert.match(theirs.errors![0]!.message, /CIVIL_AFFAIRS/);
    assert.equal(theirs.errors![0]!.extensions!.scope, 'department HR');
  });

  test('civil affairs records 停发 from a period on, by its named user; it is kept, listed by status and in the audit chain', async () => {
    const open = (await departmentFindings(civilAffairs, { b: batchNumber, s: 'OPEN' })).data.followUpFindings.edges.map((e: { node: any }) => e.node);
    const target = open.find((n: { rule: string }) => n.rule !== 'AMOUNT_ABOVE_STANDARD') ?? open[0];
    const stopped = await act(civilAffairs, { f: target.id, a: 'STOP', p: '202404', n: '已通知乡镇停发' });
    assert.equal(stopped.errors, undefined, JSON.stringify(stopped.errors));
    const action = stopped.data.recordFindingAction;
    assert.deepEqual([action.action, action.stopFromPeriod, action.department, action.actedBy], ['STOP', '202404', 'CIVIL_AFFAIRS', 'mz-zhao']);
    assert.equal(action.finding.status, 'STOPPED');
    assert.equal(action.finding.confirmed, true);
    assert.equal(action.finding.idNumber, target.idNumber);
    const listed = await departmentFindings(civilAffairs, { b: batchNumber, s: 'STOPPED' });
    assert.deepEqual(
      listed.data.followUpFindings.edges.map((e: { node: { id: string } }) => e.node.id),
      [target.id],
    );
    const auditor = await bearer({ sub: 'audit-1', role: 'auditor' });
    const who = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/audit/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auditor },
      body: JSON.stringify({ query: `query($id: String!) { whoLookedAt(idNumber: $id, first: 50) { records { user role outcome } } }`, variables: { id: target.idNumber } }),
    }).then((r) => r.json() as Promise<any>);
    assert.ok(
      who.data.whoLookedAt.records.some((r: { user: string; role: string; outcome: string }) => r.user === 'mz-zhao' && r.role === 'department' && r.outcome === 'OK'),
      JSON.stringify(who),
    );
  });

  test('an action by the wrong department, an analyst or with a bad argument is refused with its reason, and nothing is kept', async () => {
    const { node } = (await departmentFindings(civilAffairs, { b: batchNumber, s: 'OPEN' })).data.followUpFindings.edges[0];
    const before = (await departmentFindings(civilAffairs, { b: batchNumber, s: 'OPEN' })).data.followUpFindings.totalCount;
    const byHr = await act(hr, { f: node.id, a: 'VERIFIED', n: '核实无误' });
    assert.equal(codeOf(byHr), 'FORBIDDEN');
    assert.match(byHr.errors![0]!.message, /followed up by 民政 CIVIL_AFFAIRS/);
    assert.equal(byHr.errors![0]!.extensions!.reason, 'ANOTHER_DEPARTMENT');
    const byAnalyst = await act(analyst, { f: node.id, a: 'VERIFIED', n: '核实无误' });
    assert.equal(codeOf(byAnalyst), 'FORBIDDEN');
    const noPeriod = await act(civilAffairs, { f: node.id, a: 'STOP', n: '' });
    assert.equal(codeOf(noPeriod), 'BAD_USER_INPUT');
    assert.equal(noPeriod.errors![0]!.extensions!.argumentName, 'stopFromPeriod');
    const noReason = await act(civilAffairs, { f: node.id, a: 'VERIFIED', n: '  ' });
    assert.equal(noReason.errors![0]!.extensions!.argumentName, 'note');
    const publicAct = await as({ authorization: '' }, `mutation { recordFindingAction(findingId: "${node.id}", action: VERIFIED, note: "x") { id } }`);
    assert.ok(publicAct.errors?.length);
    assert.equal((await departmentFindings(civilAffairs, { b: batchNumber, s: 'OPEN' })).data.followUpFindings.totalCount, before);
  });

  test('finance recovers a stopped line in part and then the rest, exact to the fen; more than is outstanding is refused and nothing stored', async () => {
    const stopped = (await departmentFindings(civilAffairs, { b: batchNumber, s: 'STOPPED' })).data.followUpFindings.edges[0].node;
    const opened = await caseOf(stopped.lineId);
    assert.ok(opened, 'a stopped finding is on the ledger');
    assert.deepEqual([opened.due, opened.recovered, opened.outstanding, opened.status], [stopped.amount, '0.00', stopped.amount, 'PENDING']);
    const dueFen = Math.round(Number(stopped.amount) * 100);
    const part = ((dueFen - 1) / 100).toFixed(2);
    const first = await recover(analyst, stopped.lineId, part, 'JK-2024-0001');
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.deepEqual([first.data.recordRecovery.status, first.data.recordRecovery.recovered, first.data.recordRecovery.outstanding], ['PARTIAL', part, '0.01']);
    const tooMuch = await recover(analyst, stopped.lineId, '0.02', 'JK-2024-0002');
    assert.equal(codeOf(tooMuch), 'BAD_USER_INPUT');
    assert.equal(tooMuch.errors![0]!.extensions!.argumentName, 'amount');
    assert.match(tooMuch.errors![0]!.message, /outstanding on line \d+: 0\.01/);
    assert.equal(tooMuch.errors![0]!.extensions!.reason, 'MORE_THAN_OUTSTANDING');
    const sameReceipt = await recover(analyst, stopped.lineId, '0.01', 'JK-2024-0001');
    assert.equal(sameReceipt.errors![0]!.extensions!.argumentName, 'receiptReference');
    const future = await recover(analyst, stopped.lineId, '0.01', 'JK-2024-0003', '2999-01-01');
    assert.equal(future.errors![0]!.extensions!.argumentName, 'recoveredOn');
    assert.equal((await caseOf(stopped.lineId)).recoveries.length, 1);
    const rest = await recover(reviewer, stopped.lineId, '0.01', 'JK-2024-0004');
    assert.equal(rest.errors, undefined, JSON.stringify(rest.errors));
    const done = rest.data.recordRecovery;
    assert.deepEqual([done.status, done.recovered, done.outstanding], ['RECOVERED', stopped.amount, '0.00']);
    assert.deepEqual(
      done.recoveries.map((r: { amount: string; recordedBy: string }) => [r.amount, r.recordedBy]),
      [
        [part, 'fin-wang'],
        ['0.01', 'fin-li'],
      ],
    );
    const after = await recover(analyst, stopped.lineId, '0.01', 'JK-2024-0005');
    assert.equal(after.errors![0]!.extensions!.argumentName, 'amount');
  });

  test('department staff and analysts of another county may not record recoveries; nothing is stored', async () => {
    const { cases } = (await ledger()).data.recoveryLedger;
    const target = cases[0];
    const byDepartment = await recover(civilAffairs, target.lineId, '0.01', 'X-1');
    assert.equal(codeOf(byDepartment), 'FORBIDDEN');
    const byOther = await recover(otherCounty, target.lineId, '0.01', 'X-2');
    assert.equal(codeOf(byOther), 'FORBIDDEN');
    assert.match(byOther.errors![0]!.message, new RegExp(`county ${county}`));
    assert.equal(byOther.errors![0]!.extensions!.reason, 'OUTSIDE_REGIONS');
    assert.equal((await ledger(otherCounty)).data.recoveryLedger.cases.length, 0);
    const ledgerByDepartment = await ledger(civilAffairs);
    assert.equal(codeOf(ledgerByDepartment), 'FORBIDDEN');
    assert.deepEqual((await caseOf(target.lineId)).recoveries, target.recoveries);
  });

  test('a write-off is asked for by one analyst and approved by another; approving one’s own is refused and changes nothing', async () => {
    const { findings } = await ask(`{ crosscheckRuns(first: 1) { edges { node { id } } } }`).then(async ({ crosscheckRuns }) =>
      ask(`query($id: ID!) { findings(runId: $id, rule: DECEASED, first: 5) { edges { node { id lineId amount } } } }`, { id: crosscheckRuns.edges[0].node.id }),
    );
    const candidates = findings.edges.map((e: { node: any }) => e.node);
    let target: { id: string; lineId: string; amount: string } | undefined;
    for (const candidate of candidates) if (!(await caseOf(candidate.lineId))) target = target ?? candidate;
    assert.ok(target, 'a DECEASED finding not yet on the ledger');
    const ownReview = await as(analyst, `mutation($f: ID!) { reviewFinding(findingId: $f, decision: CONFIRMED, reason: "死亡后仍发放") { id } }`, { f: target.id });
    assert.equal(codeOf(ownReview), 'FORBIDDEN', 'the analyst who ran the check does not review it');
    const review = await as(reviewer, `mutation($f: ID!) { reviewFinding(findingId: $f, decision: CONFIRMED, reason: "死亡后仍发放") { id } }`, { f: target.id });
    assert.equal(review.errors, undefined, JSON.stringify(review.errors));
    assert.equal((await caseOf(target.lineId)).due, target.amount);
    await recover(analyst, target.lineId, '1.00', 'JK-WO-1');
    const asked = await as(analyst, `mutation($l: ID!) { requestWriteOff(lineId: $l, reason: "本人已死亡，无遗产可追") { ${CASE_FIELDS} } }`, { l: target.lineId });
    assert.equal(asked.errors, undefined, JSON.stringify(asked.errors));
    assert.equal(asked.data.requestWriteOff.writeOff.decision, 'PENDING');
    const own = await as(analyst, `mutation($l: ID!) { decideWriteOff(lineId: $l, approve: true, note: "同意") { status } }`, { l: target.lineId });
    assert.equal(codeOf(own), 'FORBIDDEN');
    assert.match(own.errors![0]!.message, /不相容岗位职责分离/);
    assert.equal(own.errors![0]!.extensions!.reason, 'OWN_WRITE_OFF');
    assert.equal((await caseOf(target.lineId)).writeOff.decision, 'PENDING');
    const blocked = await recover(reviewer, target.lineId, '1.00', 'JK-WO-2');
    assert.equal(blocked.errors![0]!.extensions!.argumentName, 'lineId');
    const approved = await as(reviewer, `mutation($l: ID!) { decideWriteOff(lineId: $l, approve: true, note: "同意核销") { ${CASE_FIELDS} } }`, { l: target.lineId });
    assert.equal(approved.errors, undefined, JSON.stringify(approved.errors));
    const written = approved.data.decideWriteOff;
    const rest = ((Math.round(Number(target.amount) * 100) - 100) / 100).toFixed(2);
    assert.deepEqual([written.status, written.recovered, written.writtenOff, written.outstanding, written.writeOff.decidedBy], ['WRITTEN_OFF', '1.00', rest, '0.00', 'fin-li']);
  });

  /** A finding of `rule` in the latest run, confirmed by the analyst who did not run the check. */
  async function confirmed(rule: string): Promise<{ id: string; lineId: string; amount: string; batchNumber: string } | undefined> {
    const { crosscheckRuns } = await ask(`{ crosscheckRuns(first: 1) { edges { node { id } } } }`);
    const { findings } = await ask(`query($id: ID!, $r: CrosscheckRule) { findings(runId: $id, rule: $r, first: 50) { edges { node { id lineId amount batchNumber } } } }`, { id: crosscheckRuns.edges[0].node.id, r: rule });
    const target = findings.edges[0]?.node;
    if (!target) return undefined;
    const review = await as(reviewer, `mutation($f: ID!) { reviewFinding(findingId: $f, decision: CONFIRMED, reason: "核实属实") { id } }`, { f: target.id });
    assert.equal(review.errors, undefined, JSON.stringify(review.errors));
    return target;
  }

  test('an amount above the standard owes back the part above the standard, and a duplicate payment the whole later line', async () => {
    const above = await confirmed('AMOUNT_ABOVE_STANDARD');
    assert.ok(above, 'the sample month pays above a standard');
    const { batch } = await ask(`query($b: String!) { batch(batchNumber: $b) { programme { standardAmount } } }`, { b: above.batchNumber });
    const fen = (text: string) => Math.round(Number(text) * 100);
    const entry = await caseOf(above.lineId);
    assert.equal(entry.rule, 'AMOUNT_ABOVE_STANDARD');
    assert.equal(fen(entry.due), fen(above.amount) - fen(batch.programme.standardAmount));
    assert.equal(entry.lineAmount, above.amount);
    const duplicate = await confirmed('DUPLICATE_PAYMENT');
    assert.ok(duplicate, 'the sample month pays someone twice');
    const { paymentLine } = await ask(`query($id: ID!) { paymentLine(id: $id) { idNumber batch { period programme { code } } } }`, { id: duplicate.lineId });
    const earlier = await ask(`query($f: PaymentLineFilter) { searchPaymentLines(filter: $f, first: 20) { edges { node { id status } } } }`, {
      f: { division: county, idNumber: paymentLine.idNumber, programme: paymentLine.batch.programme.code, periodFrom: paymentLine.batch.period, periodTo: paymentLine.batch.period },
    });
    const ids = earlier.searchPaymentLines.edges.map((e: { node: { id: string } }) => BigInt(e.node.id));
    assert.ok(ids.some((id: bigint) => id < BigInt(duplicate.lineId)), 'the flagged line is the later one of its group');
    assert.equal((await caseOf(duplicate.lineId)).due, duplicate.amount);
  });

  test('the command line: civil affairs lists its findings as CSV, finance exports the ledger as xlsx and is told by flag when it recovers too much', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-follow-up-'));
    try {
      const zone = 'America/New_York';
      const env = (token: Record<string, string>) => ({ HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: token.authorization!.replace('Bearer ', ''), HUB_TIMEZONE: zone });
      const listed = await runHubCli(['findings', '--batch', batchNumber, '--status', 'stopped', '--format', 'csv'], env(civilAffairs));
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stderr, /^1 of 1 finding\.$/m);
      const rows = listed.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.match(rows[0]!, /^疑点编号,明细号,批次号/);
      assert.equal(rows.length, 2, listed.stdout);
      const asJson = await runHubCli(['findings', '--batch', batchNumber, '--status', 'stopped', '--format', 'jsonl'], env(civilAffairs));
      assert.equal(asJson.code, 0, asJson.stderr);
      const found = JSON.parse(asJson.stdout.trim());
      assert.equal(found.status, 'STOPPED', 'jsonl keeps the code');
      assert.match(found.rule, /^[A-Z_]+$/, 'jsonl keeps the rule code');
      const actedAt = /^STOP 自\d{6} \S+ (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)/.exec(found.lastAction)?.[1];
      assert.ok(actedAt, `the last action in jsonl has its code and ISO time: ${found.lastAction}`);
      assert.ok(rows[1]!.includes(',已停发,停发 自'), rows[1]);
      assert.ok(rows[1]!.includes(` ${localDateTime(actedAt, zone)}`), 'csv shows the local time of the action');
      assert.ok(!rows[1]!.includes(found.rule), 'csv shows the rule by its Chinese name');
      const refused = await runHubCli(['findings', 'verify', rows[1]!.split(',')[0]!, '--note', '核实无误'], env(hr));
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /outside your scope \(department HR\)/);
      const file = path.join(dir, 'ledger.xlsx');
      const exported = await runHubCli(['recoveries', '--format', 'xlsx', '--out', file], env(analyst));
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');
      const open = (await ledger()).data.recoveryLedger.cases.find((c: { outstanding: string; status: string }) => c.status === 'PENDING');
      const tooMuch = await runHubCli(['recoveries', 'record', open.lineId, '--amount', String(Number(open.outstanding) + 1), '--date', '2024-05-06', '--receipt', 'CLI-1'], env(analyst));
      assert.equal(tooMuch.code, 2);
      assert.match(tooMuch.stderr, /--amount [\d.]+ is more than is outstanding/);
      assert.equal((await caseOf(open.lineId)).recoveries.length, 0);
      const pending = (await ledger()).data.recoveryLedger.cases.filter((c: { outstanding: string; status: string }) => c.status === 'PENDING' && Number(c.outstanding) > 0.01);
      assert.ok(pending.length >= 2, 'one pending case for the partial recovery and one left for the last test');
      const part = await runHubCli(['recoveries', 'record', pending[0].lineId, '--amount', '0.01', '--date', '2024-05-06', '--receipt', 'CLI-2'], env(analyst));
      assert.equal(part.code, 0, part.stderr);
      assert.match(part.stdout, /: 部分追回 \(PARTIAL\)\.$/m);
      const partial = await runHubCli(['recoveries', '--status', 'partial', '--format', 'jsonl'], env(analyst));
      assert.equal(partial.code, 0, partial.stderr);
      const partialCases = partial.stdout.trim().split('\n').map((line) => JSON.parse(line)).filter((row) => row.sheet === '追回台账');
      assert.deepEqual(partialCases.map((c) => [c.lineId, c.status]), [[pending[0].lineId, 'PARTIAL']], 'jsonl keeps the code');
      assert.ok(/^[A-Z_]+$/.test(partialCases[0].rule));
      assert.match(partial.stderr, /^1 case: due /m);
      const partialCsv = await runHubCli(['recoveries', '--status', 'partial', '--format', 'csv'], env(analyst));
      assert.equal(partialCsv.code, 0, partialCsv.stderr);
      const partialRow = partialCsv.stdout.split('\r\n')[1]!;
      assert.ok(partialRow.startsWith(`${pending[0].lineId},`) && partialRow.includes(',部分追回,'), partialRow);
      assert.ok(!partialRow.includes(partialCases[0].rule), 'csv shows the rule by its Chinese name');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the roll-ups add up the cases exactly, by programme and by rule', async () => {
    const { recoveryLedger } = (await ledger()).data;
    const fen = (text: string) => Math.round(Number(text) * 100);
    const sum = (rows: { due: string }[]) => rows.reduce((total, row) => total + fen(row.due), 0);
    assert.equal(recoveryLedger.totals.cases, recoveryLedger.cases.length);
    assert.equal(fen(recoveryLedger.totals.due), sum(recoveryLedger.cases));
    assert.equal(sum(recoveryLedger.byProgramme), fen(recoveryLedger.totals.due));
    assert.equal(sum(recoveryLedger.byRule), fen(recoveryLedger.totals.due));
    for (const c of recoveryLedger.cases) assert.equal(fen(c.due) - fen(c.recovered) - fen(c.writtenOff), fen(c.outstanding));
  });

  // Last: it stops finance for the rest of the suite.
  test('with finance down, listing and recording fail naming finance, and nothing is recorded', async () => {
    const before = (await ledger()).data.recoveryLedger;
    const pending = before.cases.find((c: { status: string }) => c.status === 'PENDING');
    await hub.stopSubgraph('FINANCE');
    const listed = await departmentFindings(civilAffairs, { p: '202403' });
    assert.equal(codeOf(listed), 'DEPARTMENT_UNAVAILABLE');
    assert.equal(listed.errors![0]!.extensions!.department, 'FINANCE');
    const recovered = await recover(analyst, pending.lineId, '0.01', 'DOWN-1');
    assert.equal(codeOf(recovered), 'DEPARTMENT_UNAVAILABLE');
    const store = await CrosscheckStore.open({ kind: 'sqlite', file: path.join(hub.dataDir, 'hub_store.sqlite') });
    try {
      const recoveries = (await store.recoveries.states([pending.lineId])).get(pending.lineId)?.recoveries ?? [];
      assert.deepEqual(recoveries.map((r) => r.receiptReference), pending.recoveries.map((r: { receiptReference: string }) => r.receiptReference));
    } finally {
      await store.close();
    }
  });
});
