/**
 * The CLI through department faults and bad input, as an operator meets them: a partial picture
 * that names who could not answer (exit 3), bounded waits, `--out` problems named with exit 2 and no
 * file left behind, long or personal values never echoed whole, and a gateway URL fetch refuses.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCaptured } from '../test-support/cli-capture.js';
import assert from '../test-support/assert.js';
import { startHub, type TestHub } from '../test-support/hub.js';
import { createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../test-support/legacy-db.js';
import { lockedAccount, lockTables, silentServer, timed, type SilentServer } from '../test-support/faults.js';
import { describeOrSkip } from '../test-support/skip.js';
import { NORM_ID, query } from '../test-support/disbursement-county.js';
import { tablesOf } from '../adapters/legacy-tables.js';
import { loadConfig } from '../lib/config.js';
import { hubKeys } from '../access/secrets.js';
import { mintServiceToken } from '../access/tokens.js';
import { main } from './main.js';

const TIMEOUT_MS = 1500;
const MARGIN_MS = 5000;

const runCli = (args: string[], env: Record<string, string>) => runCaptured(main, args, env);

describeOrSkip('hub person with three departments faulty', { skip: skipUnlessAvailable('mysql') }, () => {
  let hub: TestHub;
  let justice: LegacyTestDatabase;
  let disability: LegacyTestDatabase;
  let locked: Awaited<ReturnType<typeof lockedAccount>>;
  let lock: Awaited<ReturnType<typeof lockTables>>;
  let silent: SilentServer;
  let env: Record<string, string>;
  let id: string;

  beforeAll(async () => {
    // Justice: its account is locked. Disability: its tables are locked by another connection. HR: a host that never answers.
    justice = await createLegacyTestDatabase('mysql', 'JUSTICE');
    locked = await lockedAccount((justice.location as { url: string }).url);
    disability = await createLegacyTestDatabase('mysql', 'DISABILITY');
    lock = await lockTables(
      (disability.location as { url: string }).url,
      tablesOf('DISABILITY').map((t) => t.name),
    );
    silent = await silentServer();
    hub = await startHub({
      persons: 1000,
      seed: 13,
      env: { HUB_DB_TIMEOUT_MS: String(TIMEOUT_MS), HUB_DB_JUSTICE: locked.url, HUB_DB_DISABILITY: (disability.location as { url: string }).url, HUB_DB_HR: silent.url('rsj_sb') },
    });
    const keys = hubKeys(loadConfig({ HUB_DATA_DIR: hub.dataDir }));
    env = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: await mintServiceToken(keys, 'cli-faults') };
    const [row] = query<{ id: string }>(hub, 'FINANCE', `SELECT ${NORM_ID('SFZH')} AS id FROM FF_MX GROUP BY 1 HAVING LENGTH(id) = 18 ORDER BY COUNT(*) DESC, 1 LIMIT 1`);
    id = row!.id;
  });

  afterAll(async () => {
    await hub?.close();
    await lock?.release();
    await locked?.drop();
    await justice?.drop();
    await disability?.drop();
    await silent?.close();
  });

  test('the other departments’ facts are printed, each department that could not answer is named with its reason, and the exit code is 3', async () => {
    const { result, ms } = await timed(() => runCli(['person', id, '--date', '2024-03-01'], env));
    assert.equal(result.code, 3, result.stderr);
    assert.ok(ms < TIMEOUT_MS * 2 + MARGIN_MS, `answered after ${Math.round(ms)} ms`);
    // Public security and finance answered: the register and the payment lines are there.
    assert.match(result.stdout, /== 户籍登记 ==\n姓名[^\n]*\n\S/);
    assert.match(result.stdout, /== 发放明细 ==\n明细编号[^\n]*\n\d/);
    assert.match(result.stderr, /justice \(司法\) could not answer \(ACCOUNT_LOCKED\)/);
    assert.match(result.stderr, /disability federation \(残联\) could not answer \(TIMEOUT\)/);
    assert.match(result.stderr, /HR and social security \(人社\) could not answer \(TIMEOUT\)/);
    assert.match(result.stdout, /== 服刑记录 ==\n[^\n]*\n（无法显示：司法未能答复（ACCOUNT_LOCKED））/);
    assert.doesNotMatch(result.stderr, /ER_BULK_PARSER/);
  });

  test('as JSON lines the picture carries what is missing and why', async () => {
    const result = await runCli(['person', id, '--format', 'jsonl'], env);
    assert.equal(result.code, 3, result.stderr);
    const picture = JSON.parse(result.stdout);
    assert.equal(picture.idNumber, id);
    assert.ok(Array.isArray(picture.paymentLines) && picture.paymentLines.length > 0);
    assert.equal(picture.sentences, null);
    const missing = new Map(picture.unanswered.map((u: { department: string; reasons: string[] }) => [u.department, u.reasons]));
    assert.deepEqual(missing.get('JUSTICE'), ['ACCOUNT_LOCKED']);
    assert.deepEqual(missing.get('DISABILITY'), ['TIMEOUT']);
    assert.deepEqual(missing.get('HR'), ['TIMEOUT']);
  });

  test('the gateway’s health names the faulty departments as unhealthy and the others as healthy, within its bound', async () => {
    const { result: response, ms } = await timed(() => fetch(new URL('/health', hub.gatewayUrl)));
    const body = (await response.json()) as { ok: boolean; subgraphs: Record<string, { ok: boolean }> };
    assert.equal(response.status, 503);
    assert.equal(body.ok, false);
    assert.deepEqual(
      Object.fromEntries(['public_security', 'justice', 'civil_affairs', 'hr', 'disability', 'finance'].map((name) => [name, body.subgraphs[name]?.ok])),
      { public_security: true, justice: false, civil_affairs: true, hr: false, disability: false, finance: true },
    );
    assert.ok(ms < TIMEOUT_MS * 2 + MARGIN_MS, `answered after ${Math.round(ms)} ms`);
  });
});

describe('the CLI with bad input', () => {
  let hub: TestHub;
  let env: Record<string, string>;
  let dir: string;

  beforeAll(async () => {
    hub = await startHub({ persons: 1000, seed: 13 });
    const keys = hubKeys(loadConfig({ HUB_DATA_DIR: hub.dataDir }));
    env = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: await mintServiceToken(keys, 'cli-faults') };
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-cli-faults-'));
  });

  afterAll(async () => {
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('--out in a directory that does not exist, or naming a directory, is a clear error naming --out with exit 2 and no stack trace', async () => {
    for (const out of [path.join(dir, 'missing', 'x.csv'), dir]) {
      for (const args of [['payments', '--format', 'csv'], ['crosscheck', '--batch', 'PC1'], ['person', '11010519491231002X', '--format', 'jsonl']]) {
        const result = await runCli([...args, '--out', out], env);
        assert.equal(result.code, 2, `${args[0]}: ${result.stderr}`);
        assert.match(result.stderr, /--out ".*" cannot be written: (its directory does not exist|it is a directory)/);
        assert.doesNotMatch(result.stderr, /\n\s+at /);
      }
    }
  });

  test('--out under a path through a file is refused the same way', async () => {
    const file = path.join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const result = await runCli(['payments', '--out', path.join(file, 'x.csv')], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--out ".*" cannot be written: a part of its path is a file/);
  });

  test('a payments export the server refuses leaves no file behind, not even a header', async () => {
    const out = path.join(dir, 'refused.csv');
    const result = await runCli(['payments', '--programme', 'NO-SUCH', '--format', 'csv', '--out', out], env);
    assert.equal(result.code, 2, result.stderr);
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('refused')), []);
    const xlsx = path.join(dir, 'refused.xlsx');
    assert.equal((await runCli(['payments', '--programme', 'NO-SUCH', '--format', 'xlsx', '--out', xlsx], env)).code, 2);
    assert.equal(existsSync(xlsx), false);
  });

  test('a written export appears whole under its name', async () => {
    const out = path.join(dir, 'failed.csv');
    const result = await runCli(['payments', '--status', 'FAILED', '--format', 'csv', '--out', out], env);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(existsSync(out));
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.partial')), []);
  });

  test('a huge flag value is echoed cut to 40 characters with its length, by the CLI and by the server', async () => {
    const huge = 'A'.repeat(100_000);
    const local = await runCli(['payments', '--status', huge], env);
    assert.equal(local.code, 2);
    assert.ok(local.stderr.length < 1000, `${local.stderr.length} characters on stderr`);
    assert.match(local.stderr, /"A{40}…\(100000 characters\)"/);
    const remote = await runCli(['payments', '--programme', huge], env);
    assert.equal(remote.code, 2);
    assert.ok(remote.stderr.length < 1000, `${remote.stderr.length} characters on stderr`);
    assert.match(remote.stderr, /--programme names no programme: "A{40}…\(100000 characters\)"/);
    const command = await runCli([huge], env);
    assert.ok(command.stderr.length < 2000);
  });

  test('an ID number given where it does not belong is echoed masked', async () => {
    const result = await runCli(['payments', '--status', '61072719800101123X'], env);
    assert.equal(result.code, 2);
    assert.doesNotMatch(result.stderr, /61072719800101123X/);
    assert.match(result.stderr, /6107\*+123X/);
  });

  test('a gateway URL on a port fetch refuses is a configuration error naming HUB_GATEWAY_URL, not "could not reach"', async () => {
    const result = await runCli(['payments'], { ...env, HUB_GATEWAY_URL: 'http://127.0.0.1:6000/graphql' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /HUB_GATEWAY_URL: port 6000 is on fetch's list of blocked \("bad"\) ports/);
    assert.doesNotMatch(result.stderr, /could not reach/);
  });
});
