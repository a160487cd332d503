import { test, beforeAll, afterAll } from '@jest/globals';
import type { Job } from 'bullmq';
import assert from '../test-support/assert.js';
import { describeOrSkip } from '../test-support/skip.js';
import { testEnv } from '../test-support/env.js';
import { TEST_DIALECTS, skipUnlessAvailable } from '../test-support/legacy-db.js';
import { dropRedisPrefix, skipUnlessRedis, uniqueRedisPrefix } from '../test-support/redis.js';
import { freePort } from '../test-support/ports.js';
import { throwawayStore, type ThrowawayStore } from '../test-support/store-db.js';
import { FakeCrosscheckGateway } from '../test-support/fake-crosscheck-gateway.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import { ChunkQueue, type ChunkJobData } from './queue.js';
import { CrosscheckService } from './service.js';
import { CrosscheckSources } from './sources.js';
import { ChunkWorker } from './worker.js';

/**
 * Runs as chunk jobs on Redis, taken by workers in this process (the `hub worker` processes
 * themselves are tested end to end in scale-out.e2e.test.ts): the same findings as in-process,
 * a chunk committed once however often its job runs, failed runs' jobs skipped, and runs that no
 * worker takes failed by the heartbeat sweeper.
 */
const COUNTY = '610727';
const person = (n: number) => validIdNumber(COUNTY, '19500101', String(n).padStart(3, '0'));

function county(fake: FakeCrosscheckGateway): void {
  fake.addBatch({ batchNumber: 'DB1', programmeCode: 'DB01', eligibilityCondition: 'DIBAO', period: '202403', countyCode: COUNTY }, Array.from({ length: 9 }, (_, i) => ({ id: String(i + 1), idNumber: person(i + 1) })));
  fake.addBatch({ batchNumber: 'TK1', programmeCode: 'TK01', eligibilityCondition: 'TEKUN', period: '202403', countyCode: COUNTY }, [
    { id: '20', idNumber: person(20) },
    { id: '21', idNumber: 'BAD' },
    { id: '22', idNumber: person(22) },
  ]);
  fake.responders.REGISTER = (s) => (s.key === '3' ? [['DECEASED', 'died 2024-01-17']] : []);
  fake.responders.CUSTODY = (s) => (['2', '8', '22'].includes(s.key) ? [['IN_CUSTODY', `sentence of ${s.key}`]] : []);
  fake.responders.DIBAO = (s) => (s.key === '5' ? [['NOT_ON_DIBAO', 'no household']] : []);
  fake.villages.set(person(2), '610727101001');
  // Civil affairs cannot say who is a supported person: TK01's lines keep a gap, on every path.
  fake.failing.add('EXTREME_POVERTY');
}

const SCOPE = { period: '202403' };

for (const dialect of TEST_DIALECTS) {
  const skip = skipUnlessRedis() || skipUnlessAvailable(dialect);
  describeOrSkip(`check runs as chunk jobs on Redis, store on ${dialect}`, { skip }, () => {
    const prefix = uniqueRedisPrefix('worker');
    const settings = { url: testEnv.redisUrl, prefix };
    let db: ThrowawayStore;
    let fake: FakeCrosscheckGateway;
    let service: CrosscheckService;
    let reference: { findings: string[]; gaps: string[] };
    /** Looks at the queue as a test: which jobs wait. */
    let queue: ChunkQueue;
    const closers: (() => Promise<void>)[] = [];

    /** A worker of its own (its own store handle, as a process would have), not yet taking jobs. */
    async function worker(name: string, options: { timeoutMs?: number } = {}): Promise<ChunkWorker> {
      const created = new ChunkWorker({
        store: await CrosscheckStore.open(db.location),
        queue: new ChunkQueue(settings),
        sourcesFor: () => new CrosscheckSources(fake),
        concurrency: 2,
        heartbeatTimeoutMs: options.timeoutMs ?? 60_000,
        name,
      });
      closers.push(() => created.close());
      return created;
    }

    async function outcome(store: CrosscheckStore, runId: string) {
      const findings = (await store.findings.page(runId, {}, 5000, null)).items.map((f) => JSON.stringify([f.lineId, f.rule, f.departments, f.evidence, f.amountFen, f.batchNumber, f.village]));
      const gaps = (await store.notChecked.page(runId, {}, 5000, null)).items.map((g) => JSON.stringify([g.lineId, g.department, g.rules, g.reason, g.amountFen, g.batchNumber]));
      return { findings, gaps };
    }

    const job = (runId: string, chunkNo: number) => ({ data: { runId, chunkNo } }) as Job<ChunkJobData>;

    beforeAll(async () => {
      db = await throwawayStore(dialect, 'worker');
      queue = new ChunkQueue(settings);
      fake = new FakeCrosscheckGateway();
      county(fake);
      service = new CrosscheckService({ store: await CrosscheckStore.open(db.location), sourcesFor: () => new CrosscheckSources(fake), chunkSize: 2, queue: new ChunkQueue(settings) });
      // The same run in-process, on a store of its own: what every run on the queue must come to.
      const elsewhere = await throwawayStore('sqlite', 'worker_reference');
      const inProcess = new CrosscheckService({ store: await CrosscheckStore.open(elsewhere.location), sourcesFor: () => new CrosscheckSources(fake), chunkSize: 2 });
      const run = (await inProcess.settled((await inProcess.start(SCOPE, { userId: 'alice' })).id))!;
      assert.equal(run.status, 'COMPLETED_WITH_GAPS');
      reference = await outcome(inProcess.store, run.id);
      await inProcess.close();
      await elsewhere.drop();
    });

    afterAll(async () => {
      for (const close of closers.reverse()) await close();
      await service?.close();
      await queue?.close();
      await db?.drop();
      await dropRedisPrefix(settings.url, prefix);
    });

    test('a run queued on Redis and checked by two workers comes to the same findings and gaps as in-process', async () => {
      const workers = [await worker('w1'), await worker('w2')];
      for (const w of workers) await w.start();
      try {
        const started = await service.start(SCOPE, { userId: 'alice' });
        const run = (await service.settled(started.id))!;
        assert.deepEqual([run.status, run.linesChecked, run.linesTotal], ['COMPLETED_WITH_GAPS', 12, 12]);
        assert.deepEqual(await outcome(service.store, run.id), reference);
        const chunks = await service.store.chunks.list(run.id);
        assert.equal(chunks.length, 6);
        assert.ok(chunks.every((c) => c.status === 'COMMITTED' && (c.worker === 'w1' || c.worker === 'w2')));
      } finally {
        for (const w of workers) await w.close();
      }
    });

    test('a chunk whose job runs twice is committed once', async () => {
      const w = await worker('twice');
      const started = await service.start({ batchNumber: 'DB1' }, { userId: 'alice' });
      await waitFor(async () => (await service.store.chunks.hasPlan(started.id)) && (await queue.pending(started.id, 0)));
      assert.equal(await w.process(job(started.id, 0)), 'COMMITTED');
      const once = await outcome(service.store, started.id);
      assert.equal(await w.process(job(started.id, 0)), 'ALREADY_COMMITTED');
      assert.deepEqual(await outcome(service.store, started.id), once);
      assert.equal((await service.store.runs.get(started.id))?.linesChecked, 2);
      await service.store.runs.finish(started.id, { at: new Date().toISOString(), error: 'test over' });
    });

    test('the jobs of a failed run are skipped, and its rerun checks only what it did not commit', async () => {
      const w = await worker('rerun');
      const started = await service.start(SCOPE, { userId: 'alice' });
      await waitFor(() => service.store.chunks.hasPlan(started.id));
      assert.equal(await w.process(job(started.id, 0)), 'COMMITTED');
      // A sweeper gave up on it meanwhile: its other jobs must write nothing.
      await service.store.runs.finish(started.id, { at: new Date().toISOString(), error: 'no worker made progress for 60 s; a rerun continues it' });
      assert.equal(await w.process(job(started.id, 1)), 'RUN_ENDED');
      assert.equal((await service.store.chunks.get(started.id, 1))?.status, 'QUEUED');
      const callsBefore = fake.calls.length;
      await w.start();
      const rerun = (await service.settled((await service.rerun(started.id, { userId: 'bob' })).id))!;
      assert.deepEqual([rerun.status, rerun.linesChecked, rerun.rerunOf], ['COMPLETED_WITH_GAPS', 12, started.id]);
      assert.deepEqual(await outcome(service.store, rerun.id), reference);
      const asked = fake.screenings(callsBefore).filter((s) => s.check === 'REGISTER').flatMap((s) => s.subjects.map((subject: { key: string }) => subject.key));
      assert.ok(!asked.includes('1') && !asked.includes('2'), `lines of the committed chunk are not asked again: ${asked.join(',')}`);
      await w.close();
    });

    test('finance failing mid-run fails the run as in-process, and a rerun completes it', async () => {
      const w = await worker('finance');
      await w.start();
      fake.failLinesFromPage = 0;
      try {
        const failed = (await service.settled((await service.start(SCOPE, { userId: 'alice' })).id))!;
        assert.equal(failed.status, 'FAILED');
        assert.match(failed.error ?? '', /lines could not be read from finance/);
      } finally {
        fake.failLinesFromPage = null;
      }
      const runs = await service.store.runs.list({ first: 1 });
      const rerun = (await service.settled((await service.rerun(runs.items[0]!.id, { userId: 'bob' })).id))!;
      assert.equal(rerun.status, 'COMPLETED_WITH_GAPS');
      assert.deepEqual(await outcome(service.store, rerun.id), reference);
      await w.close();
    });

    test('a worker writes the heartbeat of a run whose chunks wait on the queue', async () => {
      const w = await worker('heartbeat');
      const started = await service.start(SCOPE, { userId: 'alice' });
      await waitFor(async () => (await service.store.chunks.hasPlan(started.id)) && (await queue.pending(started.id, 0)));
      await service.store.runs.heartbeat([started.id], '2000-01-01T00:00:00.000Z');
      await w.heartbeat();
      assert.ok((await service.store.runs.get(started.id))!.heartbeatAt > '2024', 'the heartbeat is fresh again');
      await service.store.runs.finish(started.id, { at: new Date().toISOString(), error: 'test over' });
    });

    test('a run whose chunks Redis does not take fails at once, naming Redis, and nothing of it is checked', async () => {
      const closed = `redis://127.0.0.1:${await freePort()}`;
      const offline = new CrosscheckService({
        store: await CrosscheckStore.open(db.location),
        sourcesFor: () => new CrosscheckSources(fake),
        chunkSize: 2,
        queue: new ChunkQueue({ url: closed, prefix }, { enqueueWithinMs: 500 }),
      });
      try {
        const run = (await offline.settled((await offline.start({ batchNumber: 'TK1' }, { userId: 'alice' })).id))!;
        assert.equal(run.status, 'FAILED');
        assert.equal(run.error, `its chunks could not be queued on Redis at ${closed} (Redis at ${closed} did not answer within 0.5 s); a rerun continues it`);
        assert.deepEqual([run.linesChecked, (await offline.store.findings.page(run.id, {}, 10, null)).totalCount], [0, 0]);
      } finally {
        await offline.close();
      }
    });

    test('a run that no worker takes is failed by the heartbeat sweeper, naming why, and its jobs are taken off the queue', async () => {
      const lonely = new CrosscheckService({
        store: await CrosscheckStore.open(db.location),
        sourcesFor: () => new CrosscheckSources(fake),
        chunkSize: 2,
        queue: new ChunkQueue(settings),
        abandonedAfterMs: 3000,
      });
      try {
        await lonely.startSweeping(250);
        const started = await lonely.start({ batchNumber: 'TK1' }, { userId: 'alice' });
        const run = await waitFor(async () => {
          const now = await lonely.store.runs.get(started.id);
          return now?.status === 'FAILED' ? now : null;
        });
        assert.equal(run.error, 'no worker made progress for 3 s; a rerun continues it');
        assert.equal(await queue.pending(started.id, 0), false);
      } finally {
        await lonely.close();
      }
    });
  });
}

/** Polls until `check` answers something truthy (the run's own pace decides; no time is asserted). */
async function waitFor<T>(check: () => Promise<T | null | false>): Promise<T> {
  for (let tries = 0; tries < 1200; tries++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('gave up waiting');
}
