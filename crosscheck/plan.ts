/**
 * Cutting a run into chunks when it starts: finance says where every chunk of the run's lines ends
 * (one question, no line sent), so chunks can be checked anywhere, in any order, and a chunk is the
 * same lines however often it is retried.
 */
import type { CrosscheckStore } from '../store/crosscheck-store.js';
import type { ChunkMode, PlannedChunk } from '../store/run-chunks.js';
import type { RunRecord } from '../store/runs.js';
import { checkChunkSize, linesUnreadable } from './chunk.js';
import type { CrosscheckSources } from './sources.js';

/** Finance could not say where the chunks end: the run stops, as when it cannot hand over lines. */
export class LinesUnreadable extends Error {
  constructor(cause: unknown) {
    super(linesUnreadable(cause));
  }
}

/**
 * Below this many lines a chunk costs more in requests than it saves by keeping another lane busy,
 * so chunks are evened out only down to it.
 */
export const MIN_EVENED_CHUNK = 1000;

/**
 * The chunk size for a run of about `lines` lines: at most `chunkSize`, and as many chunks of equal
 * size as a multiple of `lanes` (chunks checked at a time), so that the last round of chunks is not
 * one large chunk checked alone while the other lanes wait. 10,846 lines at 6,000 and two lanes are
 * two chunks of 5,423, not 6,000 and 4,846.
 */
export function evenChunkSize(lines: number | null, chunkSize: number, lanes: number): number {
  if (lines === null || lines <= 0 || lanes < 1) return chunkSize;
  const chunks = Math.ceil(Math.ceil(lines / chunkSize) / lanes) * lanes;
  const size = Math.ceil(lines / chunks);
  return size >= MIN_EVENED_CHUNK ? Math.min(size, chunkSize) : chunkSize;
}

export interface PlanOptions {
  /** A rerun of a run kept before runs had chunks: chunks up to this line only re-check the gaps they took over. */
  coveredThrough?: string | null;
  /** About how many lines the run has (the run's own count when it started), for evenChunkSize. */
  expectedLines?: number | null;
  /** Chunks checked at a time (HUB_WORKER_CONCURRENCY). */
  lanes?: number;
}

/**
 * Chunks of `chunkSize` lines (or evened out, see evenChunkSize) in line-id order; the last one runs
 * to the end, as a run always read to the end. With `coveredThrough`, a chunk ends there too, and
 * the chunks up to it only re-check the gaps they took over.
 */
export async function planChunks(sources: Pick<CrosscheckSources, 'lineChunks'>, batchNumbers: readonly string[], chunkSize: number, options: PlanOptions = {}): Promise<PlannedChunk[]> {
  const coveredThrough = options.coveredThrough ?? null;
  const every = checkChunkSize(coveredThrough === null ? evenChunkSize(options.expectedLines ?? null, chunkSize, options.lanes ?? 1) : chunkSize);
  const segments: Array<{ through: string | null; mode: ChunkMode }> = coveredThrough === null ? [{ through: null, mode: 'FRESH' }] : [{ through: coveredThrough, mode: 'GAPS' }, { through: null, mode: 'FRESH' }];
  const chunks: PlannedChunk[] = [];
  let start: string | null = null;
  for (const { through, mode } of segments) {
    const cut = await sources.lineChunks(batchNumbers, every, start, through);
    for (const end of cut.chunkEnds) {
      chunks.push({ afterId: start, lastId: end, lines: every, mode });
      start = end;
    }
    const left = cut.lines - cut.chunkEnds.length * every;
    if (left > 0 && cut.lastId !== null) {
      chunks.push({ afterId: start, lastId: cut.lastId, lines: left, mode });
      start = cut.lastId;
    }
  }
  if (chunks.length === 0) return [{ afterId: null, lastId: null, lines: 0, mode: 'FRESH' }];
  chunks[chunks.length - 1] = { ...chunks.at(-1)!, lastId: null };
  return chunks;
}

/** A run's chunks, cut now unless it has them (a rerun takes over its source's). Finance failing is LinesUnreadable. */
export async function ensurePlanned(run: RunRecord, store: CrosscheckStore, sources: CrosscheckSources, chunkSize: number, lanes = 1): Promise<void> {
  if (await store.chunks.hasPlan(run.id)) return;
  let chunks: PlannedChunk[];
  try {
    chunks = await planChunks(sources, run.scope.batchNumbers, chunkSize, { coveredThrough: run.rerunOf === null ? null : run.coveredThrough, expectedLines: run.linesTotal, lanes });
  } catch (error) {
    throw new LinesUnreadable(error);
  }
  await store.chunks.plan(run.id, chunks);
}
