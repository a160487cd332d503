import { describe, test, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from '../test-support/assert.js';
import { testOrSkip } from '../test-support/skip.js';
import { testEnv } from '../test-support/env.js';
import { freePort } from '../test-support/ports.js';
import { dropRedisPrefix, skipUnlessRedis, uniqueRedisPrefix } from '../test-support/redis.js';
import { runHubCli, startHubWorker } from '../test-support/hub-cli.js';

/** `npx hub worker` at start, as an operator sees it: what it connects to, and what stops it. */
describe('hub worker (CLI)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'hub-worker-cli-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('with HUB_REDIS_URL set but Redis unreachable, it says so naming Redis, without its password, and exits 1', async () => {
    const port = await freePort();
    const result = await runHubCli(['worker'], { HUB_DATA_DIR: dir, HUB_REDIS_URL: `redis://:s3cret@127.0.0.1:${port}` });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, new RegExp(`Redis at redis://127\\.0\\.0\\.1:${port} is not reachable \\(ECONNREFUSED\\)`));
    assert.match(result.stdout, new RegExp(`gateway http://localhost:4000/graphql, Redis redis://127\\.0\\.0\\.1:${port} \\(keys hub:\\*\\), store SQLite `));
    assert.ok(!`${result.stdout}${result.stderr}`.includes('s3cret'), 'the password is not printed');
  });

  test('with Redis set and the store on SQLite, it warns that workers on other machines need the MariaDB store', async () => {
    const result = await runHubCli(['worker'], { HUB_DATA_DIR: dir, HUB_REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    assert.match(result.stderr, /warning: Redis is set but the hub store is SQLite.*set HUB_STORE_URL/);
  });

  test('without HUB_REDIS_URL it is an error naming the variable, exit code 2', async () => {
    const result = await runHubCli(['worker'], { HUB_DATA_DIR: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /hub worker: needs HUB_REDIS_URL/);
  });

  test('--help says what a worker needs, and a bad --concurrency is exit code 2', async () => {
    const help = await runHubCli(['worker', '--help'], { HUB_DATA_DIR: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /HUB_REDIS_URL/);
    assert.match(help.stdout, /HUB_STORE_URL/);
    const bad = await runHubCli(['worker', '--concurrency', '0'], { HUB_DATA_DIR: dir, HUB_REDIS_URL: 'redis://127.0.0.1:6379' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--concurrency must be a whole number from 1 to 64/);
  });

  testOrSkip('with Redis up it says what it connects to, takes chunks, and stops cleanly on SIGTERM', { skip: skipUnlessRedis() }, async () => {
    const prefix = uniqueRedisPrefix('worker-cli');
    const gateway = `http://127.0.0.1:${await freePort()}/graphql`;
    const worker = startHubWorker({ HUB_DATA_DIR: dir, HUB_REDIS_URL: testEnv.redisUrl, HUB_REDIS_PREFIX: prefix, HUB_GATEWAY_URL: gateway, HUB_WORKER_CONCURRENCY: '3' });
    try {
      await worker.waitFor(/taking chunks, 3 at a time/);
      assert.match(worker.output(), new RegExp(`gateway ${gateway.replace(/[.]/g, '\\.')}, Redis ${testEnv.redisUrl.replace(/[.]/g, '\\.')} \\(keys ${prefix}:\\*\\)`));
      // The gateway is not up yet: a warning, not a reason to stop.
      assert.match(worker.output(), /warning: the gateway at .* did not answer/);
      worker.kill('SIGTERM');
      assert.equal(await worker.exited, 0, worker.output());
    } finally {
      worker.kill('SIGKILL');
      await dropRedisPrefix(testEnv.redisUrl, prefix);
    }
  });
});
