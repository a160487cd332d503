/**
 * Ruling 5 through the analysts' own command line: `hub payments` (every filter and question),
 * `hub person` and `hub crosscheck` with an analyst's token for the sample county, against the
 * real gateway. An in-county person whose ID number comes from another county is shown; a person
 * neither registered nor paid in the county is refused (exit 1, FORBIDDEN naming the scope, the ID
 * masked); another county's analyst cannot check or follow the county's runs.
 */
import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { runCaptured } from '../test-support/cli-capture.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { query, TRIM } from '../test-support/disbursement-county.js';
import { gatewayRequest } from '../test-support/hub.js';
import { SCOPE_PERIOD, startScopeCounty, type ScopeCounty } from '../test-support/analyst-scope.js';
import { maskIdNumber } from '../lib/id-number.js';
import { main } from './main.js';

describe("the analyst's command line covers the county's registered and paid persons (ruling 5)", () => {
  let c: ScopeCounty;
  let analyst: Record<string, string>;
  let neighbour: Record<string, string>;

  beforeAll(async () => {
    c = await startScopeCounty(37);
    const env = { HUB_GATEWAY_URL: c.hub.gatewayUrl, HUB_DATA_DIR: c.hub.dataDir };
    analyst = { ...env, HUB_TOKEN: await c.hub.token({ sub: 'cli-analyst', role: 'analyst', regions: [c.county] }) };
    neighbour = { ...env, HUB_TOKEN: await c.hub.token({ sub: 'cli-neighbour', role: 'analyst', regions: [c.neighbour] }) };
  });

  afterAll(async () => {
    await c?.hub.close();
  });

  const run = (args: string[], env = analyst) => runCaptured(main, args, env);

  const jsonl = (text: string) => text.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line));

  /** Exit 1, FORBIDDEN naming the scope on stderr, and no full ID number of `id` anywhere. */
  function refused(result: { code: number; stdout: string; stderr: string }, regions: string, id?: string): void {
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`regions ${regions}`));
    // The analyst's token is valid: presenting another is not the fix, and the CLI does not say it is.
    assert.doesNotMatch(result.stderr, /Present a bearer token/);
    // Nothing on stdout: a table or CSV header alone would read as an empty result.
    assert.equal(result.stdout, '');
    if (id) {
      assert.doesNotMatch(result.stdout + result.stderr, new RegExp(id));
      assert.ok(result.stderr.includes(maskIdNumber(id)), result.stderr);
    }
  }

  test('hub payments --county, --township and --village export every line of the quarter, the foreign-born payees included', async () => {
    for (const flag of [['--county', c.county], ['--township', c.township], ['--village', c.village]]) {
      const result = await run(['payments', ...flag, '--from', '202401', '--to', SCOPE_PERIOD, '--format', 'jsonl']);
      assert.equal(result.code, 0, `${flag.join(' ')}: ${result.stderr}`);
      const ids = jsonl(result.stdout).map((row) => row.lineId);
      assert.ok(ids.includes(c.lines.late) && ids.includes(c.lines.failed), flag.join(' '));
      if (flag[0] === '--county') assert.ok(ids.includes(c.lines.paidElsewhere));
    }
  });

  test("the county's whole quarter exports to xlsx for its analyst, one row per line of its batches", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-scope-xlsx-'));
    try {
      const file = path.join(dir, 'quarter.xlsx');
      const result = await run(['payments', '--county', c.county, '--from', '202401', '--to', SCOPE_PERIOD, '--format', 'xlsx', '--out', file]);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(existsSync(file));
      const [{ n }] = query<{ n: number }>(
        c.hub,
        'FINANCE',
        `SELECT COUNT(*) AS n FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH WHERE ${TRIM('b.XZQHDM')} = ? AND ${TRIM('b.FFQJ')} BETWEEN '202401' AND ?`,
        c.county,
        SCOPE_PERIOD,
      ) as [{ n: number }];
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const sheet = workbook.worksheets[0]!;
      assert.ok(n > 3);
      assert.equal(sheet.actualRowCount - 1, n);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('hub payments --id finds an in-county person born elsewhere; one neither registered nor paid in the county is refused', async () => {
    const found = await run(['payments', '--county', c.county, '--id', c.persons.migrant, '--format', 'jsonl']);
    assert.equal(found.code, 0, found.stderr);
    assert.deepEqual(jsonl(found.stdout).map((row) => row.lineId).sort(), [c.lines.late, c.lines.failed]);
    refused(await run(['payments', '--county', c.county, '--id', c.persons.outsider]), c.county, c.persons.outsider);
    refused(await run(['payments', '--county', c.county, '--id', c.persons.prefixOnly]), c.county, c.persons.prefixOnly);
    // Without any token the same question is refused too, and then presenting one is the fix.
    const anonymous = await run(['payments', '--county', c.county, '--id', c.persons.migrant], { HUB_GATEWAY_URL: c.hub.gatewayUrl, HUB_DATA_DIR: c.hub.dataDir });
    assert.equal(anonymous.code, 1, anonymous.stderr);
    assert.match(anonymous.stderr, /Present a bearer token with --token or HUB_TOKEN/);
  });

  test('hub payments --late and --unpaid list the migrant\'s lines; for the outsider they are refused', async () => {
    const late = await run(['payments', '--county', c.county, '--late', '--format', 'jsonl']);
    assert.equal(late.code, 0, late.stderr);
    assert.ok(jsonl(late.stdout).some((row) => row.lineId === c.lines.late));
    const unpaid = await run(['payments', '--village', c.village, '--unpaid', '--within-days', '30', '--format', 'jsonl']);
    assert.equal(unpaid.code, 0, unpaid.stderr);
    assert.ok(jsonl(unpaid.stdout).some((row) => row.lineId === c.lines.failed));
    refused(await run(['payments', '--county', c.county, '--late', '--id', c.persons.outsider]), c.county, c.persons.outsider);
    refused(await run(['payments', '--county', c.county, '--unpaid', '--within-days', '30', '--id', c.persons.outsider]), c.county, c.persons.outsider);
  });

  test('hub payments --rollup and --missed cover the county; another county is refused', async () => {
    const rollup = await run(['payments', '--county', c.county, '--id', c.persons.migrant, '--rollup', 'village', '--format', 'jsonl']);
    assert.equal(rollup.code, 0, rollup.stderr);
    assert.deepEqual(jsonl(rollup.stdout).map((row) => [row.divisionCode, row.lineCount]), [[c.village, 2]]);
    refused(await run(['payments', '--county', c.county, '--id', c.persons.outsider, '--rollup', 'village']), c.county, c.persons.outsider);
    const missed = await run(['payments', '--missed', '--programme', c.severeProgramme, '--period', SCOPE_PERIOD, '--county', c.county, '--format', 'jsonl']);
    assert.equal(missed.code, 0, missed.stderr);
    assert.ok(jsonl(missed.stdout).some((row) => row.idNumber === c.persons.missedMigrant));
    refused(await run(['payments', '--missed', '--programme', c.severeProgramme, '--period', SCOPE_PERIOD, '--county', c.neighbour]), c.county);
  });

  test('hub person shows an in-county person born elsewhere and one paid by the county but registered elsewhere; others are refused', async () => {
    for (const id of [c.persons.migrant, c.persons.paidElsewhere]) {
      const result = await run(['person', id, '--format', 'jsonl']);
      assert.equal(result.code, 0, result.stderr);
      const picture = JSON.parse(result.stdout);
      assert.equal(picture.idNumber, id);
      assert.ok(picture.paymentLines.length > 0);
    }
    refused(await run(['person', c.persons.outsider]), c.county, c.persons.outsider);
    refused(await run(['person', c.persons.prefixOnly]), c.county, c.persons.prefixOnly);
  });

  test("hub crosscheck checks the county's batch for its analyst; another county's analyst can neither check it nor follow the run", async () => {
    const checked = await run(['crosscheck', '--batch', c.batchNumber, '--format', 'jsonl']);
    assert.ok(checked.code === 0 || checked.code === 3, checked.stderr);
    const findings = jsonl(checked.stdout);
    assert.ok(findings.some((f) => f.lineId === c.lines.paidElsewhere && f.rule === 'REGION_MISMATCH'));
    refused(await run(['crosscheck', '--batch', c.batchNumber], neighbour), c.neighbour);
    const runs = await gatewayRequest(c.hub.gatewayUrl, '{ crosscheckRuns(first: 1) { edges { node { id } } } }', {}, { authorization: `Bearer ${analyst.HUB_TOKEN}` });
    const runId: string = runs.data.crosscheckRuns.edges[0].node.id;
    const followed = await run(['crosscheck', '--run', runId, '--format', 'jsonl']);
    assert.ok(followed.code === 0 || followed.code === 3, followed.stderr);
    refused(await run(['crosscheck', '--run', runId], neighbour), c.neighbour);
  });
});
