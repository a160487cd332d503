import { test, beforeAll, afterAll } from '@jest/globals';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { startHub, type TestHub } from '../test-support/hub.js';
import { skipUnlessAvailable } from '../test-support/legacy-db.js';
import { skipUnlessRedisServer, startThrowawayRedis, uniqueRedisPrefix, type ThrowawayRedis } from '../test-support/redis.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { comparable, crosscheckOverGateway, findingsOfJsonl, type ComparableFinding } from '../test-support/crosscheck-runs.js';
import { runHubCli, startHubWorker, type WorkerProcess } from '../test-support/hub-cli.js';
import { loadConfig } from '../lib/config.js';
import { fenToDecimal } from '../lib/money.js';
import { hubKeys } from '../access/secrets.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunChunk } from '../store/run-chunks.js';
import { serviceGatewayClient } from './gateway-client.js';
import { CrosscheckService } from './service.js';
import { CrosscheckSources } from './sources.js';

/**
 * Check runs on `npx hub worker` processes, as a county deploys them: the hub with Redis and the
 * MariaDB store, workers as separate processes that are killed as machines are lost, and Redis
 * itself lost mid-run. Every run must come to exactly the findings of a clean in-process run.
 */
const TIMEOUT_SECONDS = 8;
const PERIOD = '202403';

const skip = skipUnlessRedisServer() || skipUnlessAvailable('mysql');

describeOrSkip('check runs on hub worker processes, with Redis and the MariaDB store', { skip }, () => {
  let redis: ThrowawayRedis;
  let storeDb: ThrowawayStore;
  let hub: TestHub;
  let store: CrosscheckStore;
  let reference: ComparableFinding[];
  let workerEnv: Record<string, string>;
  let analyst: Record<string, string>;
  const workers: WorkerProcess[] = [];
  const gateway = crosscheckOverGateway(
    () => hub.gatewayUrl,
    () => ({ authorization: `Bearer ${analyst.HUB_TOKEN}` }),
  );

  function worker(): WorkerProcess {
    const started = startHubWorker(workerEnv);
    workers.push(started);
    return started;
  }

  async function stop(w: WorkerProcess): Promise<void> {
    w.kill('SIGTERM');
    await w.exited;
  }

  const runIdOf = (stderr: string) => /crosscheck run (\d+) started/.exec(stderr)?.[1] ?? assert.fail(`no run id in: ${stderr}`);
  const workerNameOf = async (w: WorkerProcess) => /^hub worker (\S+):/.exec(await w.waitFor(/^hub worker \S+: gateway/))![1]!;
  const inChunk = (lineId: string, c: RunChunk) => (c.afterId === null || BigInt(lineId) > BigInt(c.afterId)) && (c.lastId === null || BigInt(lineId) <= BigInt(c.lastId));

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    storeDb = await throwawayStore('mysql', 'scale_out');
    const storeUrl = storeDb.location.kind === 'mysql' ? storeDb.location.url : assert.fail('a MariaDB store');
    const prefix = uniqueRedisPrefix('scale-out');
    hub = await startHub({
      env: {
        HUB_REDIS_URL: redis.url,
        HUB_REDIS_PREFIX: prefix,
        HUB_STORE_URL: storeUrl,
        // Small chunks: a month of the sample county is many jobs, so a worker dies with work left.
        HUB_CHUNK_LINES: '25',
        HUB_HEARTBEAT_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
        HUB_RATE_LIMIT_PER_MINUTE: '100000',
        HUB_RATE_LIMIT_BURST: '10000',
      },
    });
    const config = loadConfig({ HUB_DATA_DIR: hub.dataDir });
    workerEnv = {
      HUB_DATA_DIR: hub.dataDir,
      HUB_GATEWAY_URL: hub.gatewayUrl,
      HUB_REDIS_URL: redis.url,
      HUB_REDIS_PREFIX: prefix,
      HUB_STORE_URL: storeUrl,
      HUB_HEARTBEAT_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
      HUB_WORKER_CONCURRENCY: '2',
    };
    analyst = { HUB_GATEWAY_URL: hub.gatewayUrl, HUB_DATA_DIR: hub.dataDir, HUB_TOKEN: await hub.token({ sub: 'analyst-610727', role: 'analyst', regions: ['610727'] }) };
    store = await CrosscheckStore.open(storeDb.location);

    // The clean run: the same month checked in this process through the same gateway, its own store.
    const referenceDb = await throwawayStore('sqlite', 'scale_out_reference');
    const clientFor = serviceGatewayClient(hub.gatewayUrl, hubKeys(config), 120_000);
    const inProcess = new CrosscheckService({ store: await CrosscheckStore.open(referenceDb.location), sourcesFor: () => new CrosscheckSources(clientFor(), 120_000), chunkSize: 25 });
    const run = (await inProcess.settled((await inProcess.start({ period: PERIOD }, { userId: 'reference' })).id))!;
    assert.equal(run.status, 'COMPLETED', run.error ?? '');
    reference = (await inProcess.store.findings.page(run.id, {}, 100_000, null)).items.map((f) => ({ ...f, amount: fenToDecimal(f.amountFen) }));
    assert.ok(reference.length > 0 && (run.linesTotal ?? 0) > 25 * 8, `the month is many chunks (${run.linesTotal} lines)`);
    await inProcess.close();
    await referenceDb.drop();
  });

  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await store?.close();
    await hub?.close();
    await redis?.kill();
    await storeDb?.drop();
  });

  test('with two workers, one SIGKILLed mid-run, the run completes on the other with exactly the findings of a clean run', async () => {
    const [a, b] = [worker(), worker()];
    const survivor = await workerNameOf(b);
    await Promise.all([a.waitFor(/taking chunks/), b.waitFor(/taking chunks/)]);
    const cli = runHubCli(['crosscheck', '--period', PERIOD, '--format', 'jsonl', '--poll-ms', '100'], analyst);
    await a.waitFor(/chunk \d+: \d+ lines committed/);
    a.kill('SIGKILL');
    await a.exited;
    const killedAt = new Date().toISOString();
    const result = await cli;
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(comparable(findingsOfJsonl(result.stdout)), comparable(reference));
    const chunks = await store.chunks.list(runIdOf(result.stderr));
    assert.ok(chunks.every((c) => c.status === 'COMMITTED'));
    assert.ok(chunks.some((c) => c.worker === survivor && c.committedAt! > killedAt), 'the surviving worker took over');
    assert.match(result.stderr, /：已完成/);
    await stop(b);
  });

  test('a run whose only worker died is FAILED by the heartbeat sweeper, and --rerun completes it with a new worker', async () => {
    const lone = worker();
    await lone.waitFor(/taking chunks/);
    const runId = await gateway.start({ q: PERIOD });
    await lone.waitFor(new RegExp(`run ${runId} chunk \\d+: \\d+ lines committed`));
    lone.kill('SIGKILL');
    await lone.exited;
    const ended = await gateway.waitForEnd(runId);
    assert.deepEqual([ended.status, ended.error], ['FAILED', `no worker made progress for ${TIMEOUT_SECONDS} s; a rerun continues it`]);
    const next = worker();
    await next.waitFor(/taking chunks/);
    const rerun = await runHubCli(['crosscheck', '--rerun', runId, '--format', 'jsonl', '--poll-ms', '100'], analyst);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(comparable(findingsOfJsonl(rerun.stdout)), comparable(reference));
    await stop(next);
  });

  test('Redis lost mid-run ends the run FAILED with whole chunks only, and --rerun completes it once Redis is back', async () => {
    const w = worker();
    await w.waitFor(/taking chunks/);
    const cli = runHubCli(['crosscheck', '--period', PERIOD, '--format', 'jsonl', '--poll-ms', '100'], analyst);
    await w.waitFor(/chunk \d+: \d+ lines committed/);
    await redis.kill();
    const failed = await cli;
    assert.equal(failed.code, 1, failed.stderr);
    assert.match(failed.stderr, new RegExp(`failed: no worker made progress for ${TIMEOUT_SECONDS} s; a rerun continues it`));
    // Nothing half-written: the failed run kept whole chunks, each exactly as the clean run found it.
    const runId = runIdOf(failed.stderr);
    const committed = (await store.chunks.list(runId)).filter((c) => c.status === 'COMMITTED');
    assert.ok(committed.length > 0);
    const expected = reference.filter((f) => committed.some((c) => inChunk(f.lineId, c)));
    assert.deepEqual(comparable(findingsOfJsonl(failed.stdout)), comparable(expected));

    await redis.restart();
    const rerun = await runHubCli(['crosscheck', '--rerun', runId, '--format', 'jsonl', '--poll-ms', '100'], analyst);
    assert.equal(rerun.code, 0, `${rerun.stderr}\nworker:\n${w.output()}`);
    assert.deepEqual(comparable(findingsOfJsonl(rerun.stdout)), comparable(reference));
    await stop(w);
  });
});
