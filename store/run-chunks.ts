/**
 * The chunks of a run: its lines cut into ranges of line ids once, when the run starts, so that
 * any number of processes can check them independently and in any order. A chunk is committed
 * once: its findings, its gaps and its own status in one transaction keyed by (run, chunk).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { RunChunkEntity, type RunChunkRow } from './entities.js';
import { insertRows, lineIdOf, storedLineId } from './rows.js';
import type { StoreTransactions } from './transactions.js';

/** FRESH: every applicable check. GAPS: only the "not checked" entries a rerun took over. */
export type ChunkMode = 'FRESH' | 'GAPS';
export type ChunkStatus = 'QUEUED' | 'COMMITTED';

export interface PlannedChunk {
  /** The chunk holds the lines after this id (exclusive); null: from the first line. */
  afterId: string | null;
  /** ... through this id (inclusive); null: through the last line, however many there are by then. */
  lastId: string | null;
  lines: number;
  /** FRESH unless said otherwise. */
  mode?: ChunkMode;
}

export interface RunChunk extends Required<PlannedChunk> {
  runId: string;
  chunkNo: number;
  status: ChunkStatus;
  committedAt: string | null;
  /** The process that committed the chunk. */
  worker: string | null;
}

function toRunChunk(row: RunChunkRow): RunChunk {
  return {
    runId: String(row.run_id),
    chunkNo: Number(row.chunk_no),
    afterId: row.after_id === null ? null : lineIdOf(row.after_id),
    lastId: row.last_id === null ? null : lineIdOf(row.last_id),
    lines: Number(row.line_count),
    mode: row.mode as ChunkMode,
    status: row.status as ChunkStatus,
    committedAt: row.committed_at,
    worker: row.worker,
  };
}

export class RunChunks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: StoreTransactions,
  ) {}

  /**
   * Fixes a run's chunks. A run that has them already keeps them, so two processes planning the
   * same run end with one plan. Answers whether this call wrote the plan.
   */
  async plan(runId: string, chunks: readonly PlannedChunk[]): Promise<boolean> {
    const run = Number(runId);
    return this.transactions.run(async (manager) => {
      const [existing] = await manager.query('SELECT COUNT(*) AS n FROM crosscheck_run_chunk WHERE run_id = ?', [run]);
      if (Number(existing?.n ?? 0) > 0) return false;
      await insertRows(
        manager,
        RunChunkEntity,
        chunks.map((chunk, chunkNo) => ({
          run_id: run,
          chunk_no: chunkNo,
          after_id: chunk.afterId === null ? null : storedLineId(chunk.afterId),
          last_id: chunk.lastId === null ? null : storedLineId(chunk.lastId),
          line_count: chunk.lines,
          mode: chunk.mode ?? 'FRESH',
          status: 'QUEUED',
          committed_at: null,
          worker: null,
        })),
      );
      return true;
    });
  }

  /** A run's chunks in order, optionally only those in one status. */
  async list(runId: string, status?: ChunkStatus): Promise<RunChunk[]> {
    const query = this.dataSource.getRepository(RunChunkEntity).createQueryBuilder('c').where('c.run_id = :run', { run: Number(runId) });
    if (status) query.andWhere('c.status = :status', { status });
    return (await query.orderBy('c.chunk_no').getMany()).map(toRunChunk);
  }

  async get(runId: string, chunkNo: number): Promise<RunChunk | null> {
    const row = await this.dataSource.getRepository(RunChunkEntity).findOneBy({ run_id: Number(runId), chunk_no: chunkNo });
    return row ? toRunChunk(row) : null;
  }

  async hasPlan(runId: string): Promise<boolean> {
    const [row] = await this.dataSource.query('SELECT COUNT(*) AS n FROM crosscheck_run_chunk WHERE run_id = ?', [Number(runId)]);
    return Number(row?.n ?? 0) > 0;
  }

  /** Every RUNNING run that still has chunks to commit, with the first of them. */
  async firstQueuedOfRunningRuns(): Promise<{ runId: string; chunkNo: number }[]> {
    const rows: { run_id: unknown; chunk_no: unknown }[] = await this.dataSource.query(
      `SELECT c.run_id AS run_id, MIN(c.chunk_no) AS chunk_no FROM crosscheck_run_chunk c
       JOIN crosscheck_run r ON r.id = c.run_id
       WHERE r.status = 'RUNNING' AND c.status = 'QUEUED' GROUP BY c.run_id`,
    );
    return rows.map((row) => ({ runId: String(row.run_id), chunkNo: Number(row.chunk_no) }));
  }
}

// --- inside a run's transactions --------------------------------------------------------------

/**
 * Marks a chunk committed; false when it was committed already (a retried job whose first attempt
 * got through) or does not exist. The row lock this takes is what makes the commit happen once.
 */
export async function claimChunk(
  manager: EntityManager,
  run: number,
  commit: { chunkNo: number; lines: number; lastLineId: string | null; at: string; worker: string },
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(RunChunkEntity)
    .set({ status: 'COMMITTED', committed_at: commit.at, worker: commit.worker.slice(0, 100), line_count: commit.lines })
    .where('run_id = :run AND chunk_no = :chunk AND status = :queued', { run, chunk: commit.chunkNo, queued: 'QUEUED' })
    .execute();
  if ((result.affected ?? 0) === 0) return false;
  // The open-ended last chunk keeps where it really ended, for the run's coverage and for reruns.
  if (commit.lastLineId !== null) {
    await manager.query('UPDATE crosscheck_run_chunk SET last_id = ? WHERE run_id = ? AND chunk_no = ? AND last_id IS NULL', [
      storedLineId(commit.lastLineId),
      run,
      commit.chunkNo,
    ]);
  }
  return true;
}

export interface ChunkProgress {
  /** Lines of the committed chunks. */
  linesChecked: number;
  chunksLeft: number;
  /** Where the unbroken run of committed chunks from the first one ends (stored form), if any. */
  coveredThrough: string | null;
}

export async function chunkProgress(manager: EntityManager, run: number): Promise<ChunkProgress> {
  const [totals] = await manager.query(
    `SELECT SUM(CASE WHEN status = 'COMMITTED' THEN line_count ELSE 0 END) AS checked,
            SUM(CASE WHEN status = 'COMMITTED' THEN 0 ELSE 1 END) AS chunks_left,
            MIN(CASE WHEN status = 'COMMITTED' THEN NULL ELSE chunk_no END) AS first_left,
            MAX(chunk_no) AS last_chunk
     FROM crosscheck_run_chunk WHERE run_id = ?`,
    [run],
  );
  const chunksLeft = Number(totals?.chunks_left ?? 0);
  const prefixEnd = totals?.first_left == null ? (totals?.last_chunk == null ? null : Number(totals.last_chunk)) : Number(totals.first_left) - 1;
  let coveredThrough: string | null = null;
  if (prefixEnd !== null && prefixEnd >= 0) {
    const [row] = await manager.query('SELECT after_id, last_id FROM crosscheck_run_chunk WHERE run_id = ? AND chunk_no = ?', [run, prefixEnd]);
    coveredThrough = row?.last_id ?? row?.after_id ?? null;
  }
  return { linesChecked: Number(totals?.checked ?? 0), chunksLeft, coveredThrough };
}

/**
 * A rerun takes over its source's chunks: what the source committed stays committed, unless it
 * left "not checked" entries in its range, which makes the chunk a GAPS chunk to do again.
 * Runs after the source's gaps were copied to `toRun`.
 */
export async function copyChunksForRerun(manager: EntityManager, fromRun: number, toRun: number): Promise<void> {
  await manager.query(
    `INSERT INTO crosscheck_run_chunk (run_id, chunk_no, after_id, last_id, line_count, mode, status, committed_at, worker)
     SELECT ?, chunk_no, after_id, last_id, line_count, mode, status, committed_at, worker FROM crosscheck_run_chunk WHERE run_id = ?`,
    [toRun, fromRun],
  );
  await manager.query(
    `UPDATE crosscheck_run_chunk SET status = 'QUEUED', mode = 'GAPS', committed_at = NULL, worker = NULL
     WHERE run_id = ? AND status = 'COMMITTED' AND EXISTS (
       SELECT 1 FROM crosscheck_not_checked n WHERE n.run_id = ?
         AND n.line_id > COALESCE(crosscheck_run_chunk.after_id, '')
         AND (crosscheck_run_chunk.last_id IS NULL OR n.line_id <= crosscheck_run_chunk.last_id))`,
    [toRun, toRun],
  );
}
