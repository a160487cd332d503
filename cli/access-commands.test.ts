import { describe, test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import path from 'node:path';
import { runCaptured } from '../test-support/cli-capture.js';
import Database from 'better-sqlite3';
import { main } from './main.js';
import { loadConfig } from '../lib/config.js';
import { hubKeys } from '../access/secrets.js';
import { createBearerVerifier } from '../access/tokens.js';
import { auditKeys, personHash } from '../audit/chain.js';
import { openAuditStore } from '../audit/store.js';
import { IN_REGION, tempDir } from '../test-support/access.js';
import { recordThenCrash } from '../test-support/audit-crash.js';

const runCli = (args: string[], env: Record<string, string>) => runCaptured(main, args, env);

describe('hub token', () => {
  const tmp = tempDir();
  const env = { HUB_DATA_DIR: tmp.dir };
  afterAll(() => tmp.remove());

  test('mints a token the gateway accepts as that analyst with those regions', async () => {
    const result = await runCli(['token', '--role', 'analyst', '--region', '610728', '--region', '610729', '--user', 'u123'], env);
    assert.equal(result.code, 0);
    const identity = await createBearerVerifier(hubKeys(loadConfig(env)))(result.stdout.trim());
    assert.deepEqual(identity, { sub: 'u123', role: 'analyst', regions: ['610728', '610729'], department: null });
  });

  test('refuses an analyst without a region, a department without its name, and the public role', async () => {
    for (const args of [['--role', 'analyst'], ['--role', 'department'], ['--role', 'public'], ['--role', 'admin'], ['--role', 'analyst', '--region', '61x']]) {
      const result = await runCli(['token', ...args], env);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
    }
  });

  test('refuses to mint when tokens come from an identity provider', async () => {
    const result = await runCli(['token', '--role', 'auditor'], { ...env, HUB_AUTH_JWKS_URL: 'https://idp.example/jwks.json' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /identity provider/);
  });
});

describe('hub audit', () => {
  const tmp = tempDir();
  const env = { HUB_DATA_DIR: tmp.dir };

  beforeAll(async () => {
    const config = loadConfig(env);
    const keys = auditKeys(hubKeys(config).audit);
    const store = await openAuditStore(config.store, keys);
    for (let n = 1; n <= 5; n++) {
      await store.append({
        at: `2024-03-0${n}T08:00:00.000Z`,
        user: n === 2 ? '=HYPERLINK("x")' : `u${n}`,
        role: 'analyst',
        scope: 'regions 610728',
        actor: null,
        client: null,
        operationName: `Op${n}`,
        documentHash: 'a'.repeat(64),
        persons: n % 2 ? [personHash(keys, IN_REGION)] : [],
        rowCount: n,
        outcome: n === 4 ? 'refused' : 'ok',
        code: n === 4 ? 'FORBIDDEN' : null,
      });
    }
    await store.close();
  });
  afterAll(() => tmp.remove());

  test('verify reports an intact log and exits 0', async () => {
    const result = await runCli(['audit', 'verify'], env);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /intact: 5 records/);
  });

  test('export writes every record as JSON Lines, oldest first, without ID numbers', async () => {
    const result = await runCli(['audit', 'export', '--format', 'jsonl'], env);
    assert.equal(result.code, 0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.seq), [1, 2, 3, 4, 5]);
    assert.deepEqual([lines[3].outcome, lines[3].code], ['refused', 'FORBIDDEN']);
    assert.doesNotMatch(result.stdout, new RegExp(IN_REGION));
  });

  test('export as CSV has a header, filters, and defuses cells Excel would run as formulas', async () => {
    const all = await runCli(['audit', 'export', '--format', 'csv'], env);
    const rows = all.stdout.trim().split('\r\n');
    assert.equal(rows[0]!.split(',')[0], 'seq');
    assert.equal(rows.length, 6);
    assert.match(rows[2]!, /,"'=HYPERLINK\(""x""\)",/);
    const refused = await runCli(['audit', 'export', '--format', 'csv', '--outcome', 'refused'], env);
    assert.equal(refused.stdout.trim().split('\r\n').length, 2);
    assert.equal((await runCli(['audit', 'export', '--format', 'xml'], env)).code, 2);
  });

  test('who lists the records that touched a person', async () => {
    const result = await runCli(['audit', 'who', '--id', IN_REGION.toLowerCase(), '--format', 'jsonl'], env);
    assert.equal(result.code, 0);
    assert.deepEqual(result.stdout.trim().split('\n').map((l) => JSON.parse(l).seq), [1, 3, 5]);
  });

  test('who shows people a table of those records, without the persons’ hashes', async () => {
    const result = await runCli(['audit', 'who', '--id', IN_REGION], env);
    assert.equal(result.code, 0, result.stderr);
    const [header, ...rows] = result.stdout.trim().split('\n');
    assert.match(header!, /^序号 Seq\s+时间 Time\s+用户 User/);
    assert.deepEqual(rows.map((row) => Number(row.trim().split(/\s+/)[0])), [1, 3, 5]);
    assert.ok(!/[0-9a-f]{64}/.test(result.stdout), 'a person hash in the table');
    assert.match(result.stderr, /3 audit records touched this person/);
  });

  test('export refuses the table format, which only who writes', async () => {
    const result = await runCli(['audit', 'export', '--format', 'table'], env);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--format is required \(csv or jsonl\)/);
  });

  test('verify names the edited record and exits 1', async () => {
    const db = new Database(path.join(tmp.dir, 'hub_store.sqlite'));
    db.exec('DROP TRIGGER hub_audit_log_no_update');
    db.prepare("UPDATE hub_audit_log SET row_count = 0 WHERE seq = 3").run();
    db.close();
    const result = await runCli(['audit', 'verify'], env);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /BROKEN at record 3 \(edited\)/);
  });
});

describe('hub audit after the gateway died between answering and indexing', () => {
  const tmp = tempDir();
  const env = { HUB_DATA_DIR: tmp.dir };
  afterAll(() => tmp.remove());

  test('verify passes and who still finds the person in every request answered', async () => {
    const config = loadConfig(env);
    const answered = await recordThenCrash({ location: config.store, secret: hubKeys(config).audit, user: 'u-crash', idNumber: IN_REGION, requests: 3 });
    const db = new Database(path.join(tmp.dir, 'hub_store.sqlite'), { readonly: true });
    const indexed = db.prepare('SELECT COUNT(*) AS n FROM hub_audit_person_block').get() as { n: number };
    db.close();
    assert.equal(indexed.n, 0, 'the persons\' index was never written');

    const verified = await runCli(['audit', 'verify'], env);
    assert.equal(verified.code, 0);
    assert.match(verified.stdout, /intact: 3 records, the last is 3/);
    const who = await runCli(['audit', 'who', '--id', IN_REGION, '--format', 'jsonl'], env);
    assert.equal(who.code, 0);
    assert.deepEqual(who.stdout.trim().split('\n').map((l) => JSON.parse(l).seq), answered);
    assert.match(who.stderr, /3 audit records touched this person/);
  });
});
