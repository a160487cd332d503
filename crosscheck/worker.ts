/**
 * A `hub worker`: BullMQ workers that take chunk jobs of check runs and put each through the chunk
 * processor (chunk.ts), the same one the in-process engine uses. A worker killed mid-chunk loses
 * nothing: its job's lock runs out, BullMQ's stalled-job check hands the chunk to another worker,
 * and the chunk's commit, keyed by (run, chunk), is written once. The worker also writes the
 * heartbeat of the runs it holds or is queued to take, and sweeps runs that have none.
 */
import { Worker, type Job } from 'bullmq';
import type { Actor } from '../access/identity.js';
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import { DEFAULT_CHUNK_SIZE, checkAndCommit, describeFailure, linesUnreadable, readChunkLines } from './chunk.js';
import { JOB_ATTEMPTS, QUEUE_NAME, type ChunkJobData, type ChunkQueue } from './queue.js';
import type { CrosscheckSources } from './sources.js';
import { RunSweeper } from './sweeper.js';

export interface ChunkWorkerOptions {
  store: CrosscheckStore;
  queue: ChunkQueue;
  /** The gateway as seen for the user who started a run. */
  sourcesFor(actor: Actor | undefined): CrosscheckSources;
  /** Chunks checked at once by this process. */
  concurrency: number;
  /** A run without a heartbeat for this long is failed; locks, stall checks and heartbeats are fractions of it. */
  heartbeatTimeoutMs: number;
  /** Kept with every chunk this process commits (`host:pid`). */
  name: string;
  log?: (line: string) => void;
  now?: () => Date;
}

/** What became of one job, for the log and the tests. */
export type JobOutcome = 'COMMITTED' | 'ALREADY_COMMITTED' | 'RUN_ENDED' | 'RUN_FAILED';

export class ChunkWorker {
  private readonly worker: Worker<ChunkJobData, JobOutcome>;
  private readonly sweeper: RunSweeper;
  /** Chunks in hand, per run: their runs' heartbeats are this worker's to write. */
  private readonly holding = new Map<string, number>();
  private beat: NodeJS.Timeout | null = null;
  private lastError = '';

  constructor(private readonly options: ChunkWorkerOptions) {
    const timeout = options.heartbeatTimeoutMs;
    this.sweeper = new RunSweeper(options.store, { timeoutMs: timeout, now: () => this.now(), queue: options.queue });
    this.worker = new Worker<ChunkJobData, JobOutcome>(QUEUE_NAME, (job) => this.process(job), {
      connection: { url: options.queue.settings.url, maxRetriesPerRequest: null },
      prefix: options.queue.settings.prefix,
      concurrency: options.concurrency,
      name: options.name,
      autorun: false,
      // A dead worker's chunk goes back to the queue within about half the heartbeat timeout.
      lockDuration: Math.round(timeout / 4),
      stalledInterval: Math.round(timeout / 6),
      // Killed workers are what this is for: a chunk stalled several times is still only retried.
      maxStalledCount: 1000,
    });
    this.worker.on('error', (error) => this.logError(`queue: ${describeFailure(error)}`));
    this.worker.on('failed', (job, error) => void this.onFailed(job, error));
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  /** Connection errors repeat every second while Redis is away: each is said once. */
  private logError(line: string): void {
    if (line !== this.lastError) this.log(line);
    this.lastError = line;
  }

  async start(): Promise<void> {
    await this.sweeper.start();
    const every = this.options.heartbeatTimeoutMs / 6;
    this.beat = setInterval(() => void this.heartbeat().catch((error: unknown) => this.logError(`heartbeat: ${describeFailure(error)}`)), every);
    this.beat.unref();
    void this.worker.run().catch((error: unknown) => this.logError(`queue: ${describeFailure(error)}`));
  }

  /**
   * Keeps alive the runs this worker holds chunks of, and those whose next chunk waits on the queue
   * for some worker; without Redis it says nothing, so a run whose chunks cannot be handed out fails.
   */
  async heartbeat(): Promise<void> {
    if (!(await this.options.queue.reachable())) return;
    const alive = new Set(this.holding.keys());
    for (const { runId, chunkNo } of await this.options.store.chunks.firstQueuedOfRunningRuns()) {
      if (!alive.has(runId) && (await this.options.queue.pending(runId, chunkNo))) alive.add(runId);
    }
    await this.options.store.runs.heartbeat([...alive], this.now().toISOString());
  }

  private hold(runId: string, delta: 1 | -1): void {
    const count = (this.holding.get(runId) ?? 0) + delta;
    if (count > 0) this.holding.set(runId, count);
    else this.holding.delete(runId);
  }

  async process(job: Job<ChunkJobData>): Promise<JobOutcome> {
    const { store } = this.options;
    const { runId, chunkNo, actor } = job.data;
    const run = await store.runs.get(runId);
    // A failed run's jobs are only skipped: a rerun queues its own.
    if (run?.status !== 'RUNNING') return 'RUN_ENDED';
    const chunk = await store.chunks.get(runId, chunkNo);
    if (!chunk || chunk.status === 'COMMITTED') return 'ALREADY_COMMITTED';
    this.hold(runId, 1);
    try {
      const sources = this.options.sourcesFor(actor);
      let lines;
      try {
        lines = await readChunkLines(sources, run.scope.batchNumbers, chunk, DEFAULT_CHUNK_SIZE);
      } catch (error) {
        // As in-process: without finance's lines the run stops, resumable where it stopped.
        await this.failRun(runId, linesUnreadable(error));
        return 'RUN_FAILED';
      }
      const outcome = await checkAndCommit(run, chunk, lines, { store, sources, worker: this.options.name, now: () => this.now().toISOString() });
      if (outcome.outcome === 'COMMITTED') {
        this.log(`run ${runId} chunk ${chunkNo}: ${lines.lines.length} lines committed${outcome.finished ? `; run ${outcome.finished}` : ''}`);
      }
      return outcome.outcome;
    } finally {
      this.hold(runId, -1);
    }
  }

  /** A job out of attempts (the store kept failing): its run cannot end well, so it ends now. */
  private async onFailed(job: Job<ChunkJobData> | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? JOB_ATTEMPTS)) return;
    await this.failRun(job.data.runId, `chunk ${job.data.chunkNo} could not be committed: ${describeFailure(error)}; a rerun continues it`).catch(() => {});
  }

  private async failRun(runId: string, error: string): Promise<void> {
    const { store, queue } = this.options;
    const run = await store.runs.finish(runId, { at: this.now().toISOString(), error });
    if (run.status === 'FAILED') {
      this.log(`run ${runId} failed: ${error}`);
      await queue.remove(runId, (await store.chunks.list(runId, 'QUEUED')).map((c) => c.chunkNo));
    }
  }

  /** Finishes the chunks in hand (or, with `force`, drops them to the stalled-job check), then lets go. */
  async close(force = false): Promise<void> {
    this.sweeper.stop();
    if (this.beat) clearInterval(this.beat);
    await this.worker.close(force).catch(() => {});
    await this.options.queue.close();
    await this.options.store.close();
  }
}
