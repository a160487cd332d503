/**
 * Runs one cross-check in this process (the embedded default, without Redis): the run is cut into
 * chunks, then its chunks are checked a few at a time (`concurrency`) by the chunk processor
 * (chunk.ts) that `hub worker` processes use too; chunks commit in any order, each on its own.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunRecord } from '../store/runs.js';
import { DEFAULT_CHUNK_SIZE, checkAndCommit, checkChunkSize, describeFailure, linesUnreadable, readChunkLines, type ChunkLines } from './chunk.js';
import { ensurePlanned } from './plan.js';
import type { CrosscheckSources } from './sources.js';

export interface EngineOptions {
  chunkSize?: number;
  now?: () => Date;
  /** Checked between chunks: a stopping service ends the run as FAILED, resumable by a rerun. */
  signal?: AbortSignal;
  /** How often the run's heartbeat is written while it is checked, beside each chunk's commit. */
  heartbeatEveryMs?: number;
  /** Who commits the chunks (`host:pid`), kept with each chunk. */
  worker?: string;
  /** Chunks checked at a time (HUB_WORKER_CONCURRENCY, as each `hub worker` takes them). */
  concurrency?: number;
  /** Done before any chunk is checked (the batches' duties, so a finished run has them); the run is cut into chunks meanwhile. */
  before?: Promise<unknown>;
}

/** HUB_WORKER_CONCURRENCY's default: two chunks keep both cores of a small machine busy. */
export const DEFAULT_CONCURRENCY = 2;

export function checkConcurrency(concurrency: number): number {
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new RangeError('concurrency must be 1..64');
  return concurrency;
}

export class RunInterrupted extends Error {}

/** Writes a run's heartbeat every `everyMs` until stopped; a failed write waits for the next. */
export function beatFor(store: CrosscheckStore, runId: string, everyMs: number, now: () => string): () => void {
  const timer = setInterval(() => void store.runs.heartbeat([runId], now()).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs (or continues, for a rerun) a cross-check to its end; never throws, the outcome is in the store. */
export async function executeRun(runId: string, store: CrosscheckStore, sources: CrosscheckSources, options: EngineOptions = {}): Promise<RunRecord> {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const chunkSize = checkChunkSize(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const lanes = checkConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
  const run = await store.runs.get(runId);
  if (!run) throw new Error(`run ${runId} does not exist`);
  const stopBeating = beatFor(store, runId, options.heartbeatEveryMs ?? 10_000, now);
  const context = { store, sources, worker: options.worker ?? 'in-process', now };
  try {
    await ensurePlanned(run, store, sources, chunkSize, lanes);
    await options.before;
    const queued = await store.chunks.list(runId, 'QUEUED');
    let next = 0;
    let ended = false;
    // Each lane reads a chunk's lines, asks the departments and commits, then takes the next chunk:
    // while one lane waits for the departments another reads from finance or commits, so the
    // gateway, the subgraphs and the store work side by side. Memory holds one chunk per lane.
    const lane = async (): Promise<void> => {
      while (!ended && next < queued.length) {
        if (options.signal?.aborted) throw new RunInterrupted('the cross-check service stopped before the run ended; a rerun continues it');
        const chunk = queued[next++]!;
        let lines: ChunkLines;
        try {
          lines = await readChunkLines(sources, run.scope.batchNumbers, chunk, chunkSize);
        } catch (error) {
          // Without finance's lines there is nothing to check: the run stops, resumable where it stopped.
          throw new Error(linesUnreadable(error));
        }
        if (ended) return;
        const outcome = await checkAndCommit(run, chunk, lines, context);
        // Failed meanwhile (a sweeper saw no heartbeat): what was committed stays, the rest is a rerun's.
        if (outcome.outcome === 'RUN_ENDED') ended = true;
      }
    };
    const results = await Promise.allSettled(Array.from({ length: Math.min(lanes, queued.length) }, lane).map((running) =>
      // One lane's failure stops the others from taking more chunks; chunks in flight still commit.
      running.catch((error: unknown) => {
        ended = true;
        throw error;
      }),
    ));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (ended) return (await store.runs.get(runId))!;
    // A run whose chunks were all committed already (a rerun with nothing left) ends here; otherwise its last commit ended it.
    return queued.length === 0 ? await store.runs.finish(runId, { at: now() }) : (await store.runs.get(runId))!;
  } catch (error) {
    const message = error instanceof RunInterrupted ? error.message : describeFailure(error).replace(/^Error: /, '');
    // A run that stops early has its duties too, when they can be kept at all.
    await options.before?.catch(() => {});
    return store.runs.finish(runId, { at: now(), error: message });
  } finally {
    stopBeating();
  }
}
