/**
 * Runs one cross-check in this process (the embedded default, without Redis): the run is cut into
 * chunks, then its chunks are checked one after another by the chunk processor (chunk.ts) that
 * `hub worker` processes use too. While a chunk is checked, the next one is already being read
 * from finance, so memory holds two chunks at most.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { RunRecord } from '../store/runs.js';
import { DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE, checkAndCommit, describeFailure, linesUnreadable, readChunkLines } from './chunk.js';
import { ensurePlanned } from './plan.js';
import type { CheckLine, CrosscheckSources } from './sources.js';

export interface EngineOptions {
  chunkSize?: number;
  now?: () => Date;
  /** Checked between chunks: a stopping service ends the run as FAILED, resumable by a rerun. */
  signal?: AbortSignal;
  /** How often the run's heartbeat is written while it is checked, beside each chunk's commit. */
  heartbeatEveryMs?: number;
  /** Who commits the chunks (`host:pid`), kept with each chunk. */
  worker?: string;
}

export class RunInterrupted extends Error {}

export function checkChunkSize(chunkSize: number): number {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) throw new RangeError(`chunk size must be 1..${MAX_CHUNK_SIZE}`);
  return chunkSize;
}

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
  const run = await store.runs.get(runId);
  if (!run) throw new Error(`run ${runId} does not exist`);
  const stopBeating = beatFor(store, runId, options.heartbeatEveryMs ?? 10_000, now);
  const context = { store, sources, worker: options.worker ?? 'in-process', now };
  try {
    await ensurePlanned(run, store, sources, chunkSize);
    const queued = await store.chunks.list(runId, 'QUEUED');
    // A read never rejects here: its failure is raised when its chunk is due, exactly as if it had been read then.
    const read = (index: number): Promise<{ lines: CheckLine[] } | { error: unknown }> =>
      readChunkLines(sources, run.scope.batchNumbers, queued[index]!, chunkSize).then(
        (lines) => ({ lines }),
        (error: unknown) => ({ error }),
      );
    let next = queued.length > 0 ? read(0) : null;
    for (let i = 0; i < queued.length; i++) {
      if (options.signal?.aborted) throw new RunInterrupted('the cross-check service stopped before the run ended; a rerun continues it');
      const lines = await next!;
      // Without finance's lines there is nothing to check: the run stops, resumable where it stopped.
      if ('error' in lines) throw new Error(linesUnreadable(lines.error));
      next = i + 1 < queued.length ? read(i + 1) : null;
      const outcome = await checkAndCommit(run, queued[i]!, lines.lines, context);
      // Failed meanwhile (a sweeper saw no heartbeat): what was committed stays, the rest is a rerun's.
      if (outcome.outcome === 'RUN_ENDED') return (await store.runs.get(runId))!;
    }
    // A run whose chunks were all committed already (a rerun with nothing left) ends here; otherwise its last commit ended it.
    return queued.length === 0 ? await store.runs.finish(runId, { at: now() }) : (await store.runs.get(runId))!;
  } catch (error) {
    const message = error instanceof RunInterrupted ? error.message : describeFailure(error).replace(/^Error: /, '');
    return store.runs.finish(runId, { at: now(), error: message });
  } finally {
    stopBeating();
  }
}
