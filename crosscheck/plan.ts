/**
 * Cutting a run into chunks when it starts: one pass over only the line ids of its batches fixes
 * where each chunk begins and ends, so chunks can be checked anywhere, in any order, and a chunk
 * is the same lines however often it is retried.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { PlannedChunk } from '../store/run-chunks.js';
import type { RunRecord } from '../store/runs.js';
import { MAX_CHUNK_SIZE } from './chunk.js';
import type { CrosscheckSources } from './sources.js';

/** Chunks of `chunkSize` lines in line-id order; the last one runs to the end, as a run always read to the end. */
export async function planChunks(sources: CrosscheckSources, batchNumbers: readonly string[], chunkSize: number): Promise<PlannedChunk[]> {
  const chunks: PlannedChunk[] = [];
  let start: string | null = null;
  let count = 0;
  let cursor: string | null = null;
  for (;;) {
    const page = await sources.lineIds(batchNumbers, cursor, MAX_CHUNK_SIZE);
    for (const id of page.ids) {
      count += 1;
      if (count === chunkSize) {
        chunks.push({ afterId: start, lastId: id, lines: count });
        start = id;
        count = 0;
      }
    }
    if (!page.hasNextPage || page.endCursor === null) break;
    cursor = page.endCursor;
  }
  if (count > 0 || chunks.length === 0) chunks.push({ afterId: start, lastId: null, lines: count });
  else chunks[chunks.length - 1] = { ...chunks.at(-1)!, lastId: null };
  return chunks;
}

/** A run's chunks, cut now unless it has them (a rerun takes over its source's). Throws what finance throws. */
export async function ensurePlanned(run: RunRecord, store: CrosscheckStore, sources: CrosscheckSources, chunkSize: number): Promise<void> {
  if (await store.chunks.hasPlan(run.id)) return;
  await store.chunks.plan(run.id, await planChunks(sources, run.scope.batchNumbers, chunkSize));
}
