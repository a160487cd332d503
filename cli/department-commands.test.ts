/**
 * The two commands a department developer runs on the department's own machine: `hub source check`
 * and `hub subgraph`, as processes, the way they are typed.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from '../test-support/assert.js';
import { runHubCli } from '../test-support/hub-cli.js';
import { createLegacyTestDatabase, type LegacyTestDatabase } from '../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../test-support/id-numbers.js';
import { loadConfig } from '../lib/config.js';
import { prepareEmbeddedSample, summaryLines } from '../scripts/hub-start-up.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin.js');
const SECRET = 'a-shared-secret-of-at-least-32-characters!';

describe('a department connecting its own database', () => {
  let dir: string;
  let justice: LegacyTestDatabase;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-department-'));
    justice = await createLegacyTestDatabase('sqlite', 'JUSTICE');
    await justice.insert('ZF_XFZX', [
      { ZFBH: 'ZF1', ZJHM: validIdNumberEndingInX('610727', '19850302').replace(/X$/, 'x'), XM: '王', XZDM: '01', XQQR: '20230501', XQZR: '20250430', SJSFRQ: null, JYMC: '汉中监狱' },
      { ZFBH: 'ZF2', ZJHM: validIdNumber('612301', '19900101', '123'), XM: '李', XZDM: '09', XQQR: '20230230', XQZR: null, SJSFRQ: null, JYMC: '汉中监狱' },
    ]);
    // The embedded location of justice is HUB_DATA_DIR/sfj_xz.sqlite.
    copyFileSync((justice.location as { file: string }).file, path.join(dir, 'sfj_xz.sqlite'));
  });

  afterAll(async () => {
    await justice?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('`hub source check --format jsonl` reports tables, dirty values and timings, one object per line, and exits 3 for warnings', async () => {
    const result = await runHubCli(['source', 'check', 'justice', '--format', 'jsonl', '--persons', '5'], { HUB_DATA_DIR: dir });
    assert.equal(result.code, 3, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; [key: string]: unknown });
    assert.deepEqual(lines.at(-1), { type: 'verdict', verdict: 'USABLE_WITH_WARNINGS', exitCode: 3 });
    assert.deepEqual(
      lines.filter((l) => l.type === 'dirty').map((l) => [l.column, l.kind, l.rows]),
      [['ZJHM', 'ID_LOWER_X', 1], ['XZDM', 'CODE_UNKNOWN', 1], ['XQQR', 'DATE_UNREADABLE', 1]],
    );
    assert.equal(lines.find((l) => l.type === 'timing')?.persons, 2);
    assert.ok(lines.filter((l) => l.type === 'column').every((l) => l.severity === 'ok'));
  });

  test('`hub source check` refuses an unknown department and a URL that is not mysql:// before reading anything', async () => {
    const unknown = await runHubCli(['source', 'check', 'police'], { HUB_DATA_DIR: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /expected a department: public-security, justice/);
    const badUrl = await runHubCli(['source', 'check', 'hr', '--url', 'postgres://x/y'], { HUB_DATA_DIR: dir });
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /HUB_DB_HR: must be a URL like mysql:\/\//);
  });

  test('`hub subgraph` serves GraphQL and /health and says what to give the hub\'s operator', async () => {
    const child = spawn(process.execPath, [BIN, 'subgraph', 'justice', '--port', '0'], {
      env: { PATH: process.env.PATH ?? '', HUB_DATA_DIR: dir, HUB_INTERNAL_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      for (let waited = 0; !/Give the hub's operator/.test(output) && waited < 120_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const handOver = output.split('\n').find((l) => l.startsWith("Give the hub's operator")) ?? '';
      const url = /HUB_SUBGRAPH_JUSTICE_URL=(\S+)/.exec(handOver)?.[1];
      assert.ok(url, output);
      assert.match(handOver, /HUB_INTERNAL_SECRET \(here: HUB_INTERNAL_SECRET as set here\)/);
      const health = /health: (\S+)/.exec(output)?.[1];
      assert.equal(health, new URL('/health', url).toString());
      const response = await fetch(health!);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { ok: boolean }).ok, true);
      // Only the gateway's signed requests are answered.
      const direct = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      assert.notEqual(direct.status, 200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  test('the hub makes no embedded sample data for a department hosted elsewhere, and lists it as hosted by the department', async () => {
    const hubDir = mkdtempSync(path.join(os.tmpdir(), 'hub-remote-'));
    try {
      const config = loadConfig({ HUB_DATA_DIR: hubDir, HUB_SAMPLE_PERSONS: '1000', HUB_SUBGRAPH_JUSTICE_URL: 'http://10.1.2.3:4002/graphql' });
      assert.equal(config.departments.JUSTICE.embedded, false);
      assert.equal(config.departments.HR.embedded, true);
      await prepareEmbeddedSample(config, () => {});
      assert.equal(existsSync(path.join(hubDir, 'sfj_xz.sqlite')), false);
      assert.equal(existsSync(path.join(hubDir, 'rsj_sb.sqlite')), true);
      const lines = summaryLines(config, { site: 'http://x/', departments: {}, services: { crosscheck: 'a', disbursement: 'b', disclosure: 'c' } });
      assert.ok(lines.some((l) => /^justice\s+http:\/\/10\.1\.2\.3:4002\/graphql \(hosted by the department\)$/.test(l)), lines.join('\n'));
    } finally {
      rmSync(hubDir, { recursive: true, force: true });
    }
  });
});
