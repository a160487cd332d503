/**
 * Cross-check runs: what each covers, who started it, and how far it got. A chunk of a run (its
 * findings, its gaps, its own status and the run's progress) is written in one transaction keyed
 * by (run, chunk), so a reader never sees half a chunk, a crash never leaves one, and a chunk
 * committed twice (a retried job) is written once.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { chunk } from '../lib/chunks.js';
import type { Rule } from '../lib/rules.js';
import { RunEntity, type RunRow } from './entities.js';
import { copyFindings, deleteFindings, insertFindings, type NewFinding } from './findings.js';
import { clearNotChecked, copyNotChecked, insertNotChecked, type NewNotChecked, type NotCheckedEntries } from './not-checked.js';
import { insertedId, lineIdOf, numericIds, placeholders, storedLineId, type Page } from './rows.js';
import { chunkProgress, claimChunk, copyChunksForRerun } from './run-chunks.js';
import { runWithinCounties } from './run-counties.js';
import type { StoreTransactions } from './transactions.js';

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'COMPLETED_WITH_GAPS' | 'FAILED';

export interface RunScope {
  /** One batch; several batches; every batch of a programme in a period; every batch of a period. */
  kind: 'BATCH' | 'BATCHES' | 'PROGRAMME' | 'PERIOD';
  /** The batch asked for, for a single-batch run. */
  batchNumber: string | null;
  /** The one programme of the batches; null when they are of several (or the programme list lacks it). */
  programmeCode: string | null;
  period: string;
  batchNumbers: string[];
  /** The one programme's condition; each line is judged by its own programme's condition anyway. */
  eligibilityCondition: string | null;
}

export interface RunRecord {
  id: string;
  scope: RunScope;
  status: RunStatus;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  heartbeatAt: string;
  linesTotal: number | null;
  linesChecked: number;
  /** Line id through which every applicable check is accounted for: answered, or recorded as not checked. */
  coveredThrough: string | null;
  reachedEnd: boolean;
  rerunOf: string | null;
  error: string | null;
}

export interface ChunkChange {
  findings: NewFinding[];
  notChecked: NewNotChecked[];
  /** (line, department) gaps this chunk settled: deleted before the new gaps are written. */
  clearNotChecked: { lineId: string; department: Department }[];
  /** Findings of lines re-checked for these rules: deleted before the new findings are written. */
  replaceFindings: { lineId: string; rules: Rule[] }[];
}

/** Which chunk a change belongs to, and what it went through. */
export interface ChunkCommit {
  chunkNo: number;
  /** Lines the chunk went through. */
  lines: number;
  /** The last line id it read; null when it had none. */
  lastLineId: string | null;
  at: string;
  /** The process committing, kept with the chunk. */
  worker: string;
}

export type CommitOutcome =
  /** Written; `finished` is the run's final status when this was its last chunk. */
  | { outcome: 'COMMITTED'; finished: RunStatus | null }
  /** Nothing written: this chunk was committed before. */
  | { outcome: 'ALREADY_COMMITTED' }
  /** Nothing written: the run is no longer running (failed by a sweeper, or finished). */
  | { outcome: 'RUN_ENDED'; status: RunStatus | null };

/** Thrown inside a commit's transaction to roll it back with an answer rather than an error. */
class NotCommitted extends Error {
  constructor(readonly result: CommitOutcome) {
    super(result.outcome);
  }
}

function toRunRecord(row: RunRow): RunRecord {
  return {
    id: String(row.id),
    scope: {
      kind: row.scope_kind as RunScope['kind'],
      batchNumber: row.batch_number,
      programmeCode: row.programme_code,
      period: row.period,
      batchNumbers: JSON.parse(row.batch_numbers) as string[],
      eligibilityCondition: row.eligibility_condition,
    },
    status: row.status as RunStatus,
    startedBy: row.started_by,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    heartbeatAt: row.heartbeat_at,
    linesTotal: row.lines_total === null ? null : Number(row.lines_total),
    linesChecked: Number(row.lines_checked),
    coveredThrough: row.covered_through === null ? null : lineIdOf(row.covered_through),
    reachedEnd: Boolean(row.reached_end),
    rerunOf: row.rerun_of === null ? null : String(row.rerun_of),
    error: row.error,
  };
}

/** A run that has just started: nothing checked yet beyond what it took over from its source. */
function newRunRow(
  scope: RunScope,
  startedBy: string,
  at: string,
  linesTotal: number | null,
  takenOver: { rerunOf: number; coveredThrough: string | null; reachedEnd: boolean } | null,
): Omit<RunRow, 'id'> {
  return {
    scope_kind: scope.kind,
    batch_number: scope.batchNumber,
    programme_code: scope.programmeCode,
    period: scope.period,
    batch_numbers: JSON.stringify(scope.batchNumbers),
    eligibility_condition: scope.eligibilityCondition,
    status: 'RUNNING',
    started_by: startedBy,
    started_at: at,
    finished_at: null,
    heartbeat_at: at,
    lines_total: linesTotal,
    lines_checked: 0,
    covered_through: takenOver?.coveredThrough ?? null,
    reached_end: takenOver?.reachedEnd ?? false,
    rerun_of: takenOver?.rerunOf ?? null,
    error: null,
  };
}

export class Runs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notChecked: NotCheckedEntries,
    private readonly transactions: StoreTransactions,
  ) {}

  async create(input: { scope: RunScope; startedBy: string; at: string; linesTotal: number | null }): Promise<RunRecord> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RunEntity)
      .values(newRunRow(input.scope, input.startedBy, input.at, input.linesTotal, null))
      .updateEntity(false)
      .execute();
    return (await this.get(insertedId(result)))!;
  }

  /**
   * A new run that takes over a finished run's findings and gaps and then checks only the gaps
   * and whatever the source never reached. Copying happens inside the database.
   */
  async createRerun(source: RunRecord, input: { startedBy: string; at: string }): Promise<RunRecord> {
    const sourceId = Number(source.id);
    const id = await this.transactions.run(async (manager) => {
      const takenOver = {
        rerunOf: sourceId,
        coveredThrough: source.coveredThrough === null ? null : storedLineId(source.coveredThrough),
        reachedEnd: source.reachedEnd,
      };
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RunEntity)
        .values(newRunRow(source.scope, input.startedBy, input.at, source.linesTotal, takenOver))
        .updateEntity(false)
        .execute();
      const newId = Number(insertedId(result));
      await copyFindings(manager, sourceId, newId);
      await copyNotChecked(manager, sourceId, newId);
      await copyChunksForRerun(manager, sourceId, newId);
      // What the source committed counts as gone through from the start: the progress bar says so.
      const { linesChecked } = await chunkProgress(manager, newId);
      await manager.createQueryBuilder().update(RunEntity).set({ lines_checked: linesChecked }).where('id = :id', { id: newId }).execute();
      return newId;
    });
    return (await this.get(String(id)))!;
  }

  async get(id: string): Promise<RunRecord | null> {
    return (await this.byIds([id])).get(id) ?? null;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, RunRecord>> {
    const found = new Map<string, RunRecord>();
    for (const part of chunk(numericIds(ids, 9).map(Number), 1000)) {
      const rows = await this.dataSource.getRepository(RunEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: part }).getMany();
      for (const row of rows) found.set(String(row.id), toRunRecord(row));
    }
    return found;
  }

  /**
   * Newest first; `before` is the id of the last run of the previous page. With `countyPrefixes`,
   * only runs whose every recorded county starts with one of them (store/run-counties.ts).
   */
  async list(options: { first: number; before?: string | null; startedBy?: string | null; countyPrefixes?: readonly string[] }): Promise<Page<RunRecord>> {
    const query = this.dataSource.getRepository(RunEntity).createQueryBuilder('r');
    if (options.startedBy) query.andWhere('r.started_by = :by', { by: options.startedBy });
    if (options.countyPrefixes) {
      const within = runWithinCounties('r', options.countyPrefixes);
      query.andWhere(`(${within.sql})`, within.params);
    }
    const totalCount = await query.clone().getCount();
    if (options.before) query.andWhere('r.id < :before', { before: Number(options.before) });
    const rows = await query.orderBy('r.id', 'DESC').take(options.first + 1).getMany();
    return { items: rows.slice(0, options.first).map(toRunRecord), hasNextPage: rows.length > options.first, totalCount };
  }

  /**
   * Commits one chunk of a run: its findings and gaps, the chunk's status, the run's progress and,
   * for its last chunk, the run's end, in one transaction. A chunk committed before, or a run that
   * is no longer running, writes nothing.
   */
  async commitChunk(runId: string, commit: ChunkCommit, change: ChunkChange): Promise<CommitOutcome> {
    const run = Number(runId);
    const work = async (manager: EntityManager): Promise<CommitOutcome> => {
      // The run's row is locked first: commits of one run queue here, and SQLite takes its write lock now.
      await manager.createQueryBuilder().update(RunEntity).set({ heartbeat_at: commit.at }).where('id = :run', { run }).execute();
      const [row] = await manager.query('SELECT status FROM crosscheck_run WHERE id = ?', [run]);
      if (row?.status !== 'RUNNING') throw new NotCommitted({ outcome: 'RUN_ENDED', status: (row?.status as RunStatus | undefined) ?? null });
      if (!(await claimChunk(manager, run, commit))) throw new NotCommitted({ outcome: 'ALREADY_COMMITTED' });
      await clearNotChecked(manager, run, change.clearNotChecked);
      await deleteFindings(manager, run, change.replaceFindings);
      await insertFindings(manager, run, change.findings);
      await insertNotChecked(manager, run, change.notChecked);
      const progress = await chunkProgress(manager, run);
      let finished: RunStatus | null = null;
      if (progress.chunksLeft === 0) {
        const [gaps] = await manager.query('SELECT COUNT(*) AS n FROM crosscheck_not_checked WHERE run_id = ?', [run]);
        finished = Number(gaps?.n ?? 0) === 0 ? 'COMPLETED' : 'COMPLETED_WITH_GAPS';
      }
      await manager
        .createQueryBuilder()
        .update(RunEntity)
        .set({
          lines_checked: progress.linesChecked,
          covered_through: progress.coveredThrough,
          reached_end: progress.chunksLeft === 0,
          ...(finished ? { status: finished, finished_at: commit.at } : {}),
        })
        .where('id = :run', { run })
        .execute();
      return { outcome: 'COMMITTED', finished };
    };
    try {
      return await this.transactions.run(work, { readCommitted: true });
    } catch (error) {
      if (error instanceof NotCommitted) return error.result;
      throw error;
    }
  }

  /**
   * Ends a run: FAILED with `error` (only a running run), otherwise COMPLETED when it reached the
   * end without gaps and COMPLETED_WITH_GAPS if not. A failed run stays failed.
   */
  async finish(id: string, outcome: { at: string; error?: string }): Promise<RunRecord> {
    const run = await this.get(id);
    if (!run) throw new Error(`run ${id} does not exist`);
    let status: RunStatus = 'FAILED';
    if (outcome.error === undefined) {
      const gaps = await this.notChecked.count(id);
      status = run.reachedEnd && gaps === 0 ? 'COMPLETED' : 'COMPLETED_WITH_GAPS';
    }
    await this.dataSource
      .createQueryBuilder()
      .update(RunEntity)
      .set({ status, finished_at: outcome.at, heartbeat_at: outcome.at, error: outcome.error?.slice(0, 2000) ?? null })
      .where(outcome.error === undefined ? 'id = :id AND status <> :failed' : 'id = :id AND status = :running', { id: Number(id), failed: 'FAILED', running: 'RUNNING' })
      .execute();
    return (await this.get(id))!;
  }

  /** Someone is still working on these runs (only running ones are touched). */
  async heartbeat(ids: readonly string[], at: string): Promise<void> {
    const numeric = numericIds(ids, 9).map(Number);
    if (numeric.length === 0) return;
    await this.dataSource.query(`UPDATE crosscheck_run SET heartbeat_at = ? WHERE status = 'RUNNING' AND id IN (${placeholders(numeric)})`, [at, ...numeric]);
  }

  /** Runs left RUNNING by processes that died: nothing will finish them, so they are failed. Answers their ids. */
  async failAbandoned(input: { heartbeatBefore: string; at: string; error: string }): Promise<string[]> {
    const stale: { id: unknown }[] = await this.dataSource.query("SELECT id FROM crosscheck_run WHERE status = 'RUNNING' AND heartbeat_at < ?", [input.heartbeatBefore]);
    const ids = stale.map((row) => Number(row.id));
    if (ids.length === 0) return [];
    // Checked again in the update: a run that made progress meanwhile is left alone.
    await this.dataSource.query(
      `UPDATE crosscheck_run SET status = 'FAILED', finished_at = ?, error = ? WHERE status = 'RUNNING' AND heartbeat_at < ? AND id IN (${placeholders(ids)})`,
      [input.at, input.error.slice(0, 2000), input.heartbeatBefore, ...ids],
    );
    return ids.map(String);
  }
}
