/**
 * Cutting a run into chunks when it starts: one pass over only the line ids of its batches fixes
 * where each chunk begins and ends, so chunks can be checked anywhere, in any order, and a chunk
 * is the same lines however often it is retried.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { ChunkMode, PlannedChunk } from '../store/run-chunks.js';
import type { RunRecord } from '../store/runs.js';
import { compareLineIds } from '../lib/line-ids.js';
import { MAX_CHUNK_SIZE, linesUnreadable } from './chunk.js';
import type { CrosscheckSources } from './sources.js';

/** Finance could not hand over the line ids: the run stops, as when it cannot hand over lines. */
export class LinesUnreadable extends Error {
  constructor(cause: unknown) {
    super(linesUnreadable(cause));
  }
}

/**
 * Chunks of `chunkSize` lines in line-id order; the last one runs to the end, as a run always read
 * to the end. With `coveredThrough` (a rerun of a run kept before runs had chunks), a chunk ends
 * there too, and the chunks up to it only re-check the gaps they took over.
 */
export async function planChunks(sources: CrosscheckSources, batchNumbers: readonly string[], chunkSize: number, coveredThrough: string | null = null): Promise<PlannedChunk[]> {
  const chunks: PlannedChunk[] = [];
  const modeUpTo = (id: string): ChunkMode => (coveredThrough !== null && compareLineIds(id, coveredThrough) <= 0 ? 'GAPS' : 'FRESH');
  let start: string | null = null;
  let previous: string | null = null;
  let count = 0;
  const close = (lastId: string) => {
    chunks.push({ afterId: start, lastId, lines: count, mode: modeUpTo(lastId) });
    start = lastId;
    count = 0;
  };
  let cursor: string | null = null;
  for (;;) {
    const page = await sources.lineIds(batchNumbers, cursor, MAX_CHUNK_SIZE);
    for (const id of page.ids) {
      if (previous !== null && count > 0 && modeUpTo(previous) !== modeUpTo(id)) close(previous);
      count += 1;
      previous = id;
      if (count === chunkSize) close(id);
    }
    if (!page.hasNextPage || page.endCursor === null) break;
    cursor = page.endCursor;
  }
  if (count > 0 || chunks.length === 0) chunks.push({ afterId: start, lastId: null, lines: count, mode: count > 0 ? modeUpTo(previous!) : 'FRESH' });
  else chunks[chunks.length - 1] = { ...chunks.at(-1)!, lastId: null };
  return chunks;
}

/** A run's chunks, cut now unless it has them (a rerun takes over its source's). Finance failing is LinesUnreadable. */
export async function ensurePlanned(run: RunRecord, store: CrosscheckStore, sources: CrosscheckSources, chunkSize: number): Promise<void> {
  if (await store.chunks.hasPlan(run.id)) return;
  let chunks: PlannedChunk[];
  try {
    chunks = await planChunks(sources, run.scope.batchNumbers, chunkSize, run.rerunOf === null ? null : run.coveredThrough);
  } catch (error) {
    throw new LinesUnreadable(error);
  }
  await store.chunks.plan(run.id, chunks);
}
