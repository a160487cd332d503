/**
 * Cross-check runs: what each covers, who started it, and how far it got. A chunk of a run (its
 * findings, its gaps and its progress) is written in one transaction, so a reader never sees half
 * a chunk and a crash never leaves one.
 */
import type { DataSource } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { chunk } from '../lib/chunks.js';
import type { Rule } from '../lib/rules.js';
import { RunEntity, type RunRow } from './entities.js';
import { copyFindings, deleteFindings, insertFindings, type NewFinding } from './findings.js';
import { clearNotChecked, copyNotChecked, insertNotChecked, type NewNotChecked, type NotCheckedEntries } from './not-checked.js';
import { insertedId, lineIdOf, numericIds, storedLineId, type Page } from './rows.js';

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'COMPLETED_WITH_GAPS' | 'FAILED';

export interface RunScope {
  kind: 'BATCH' | 'PROGRAMME';
  /** The batch asked for, for a single-batch run. */
  batchNumber: string | null;
  /** Null only when a single batch names a programme the programme list does not hold. */
  programmeCode: string | null;
  period: string;
  batchNumbers: string[];
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
  progress: { linesChecked: number; coveredThrough: string | null; reachedEnd: boolean; at: string };
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
    const id = await this.dataSource.transaction(async (manager) => {
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

  /** Newest first; `before` is the id of the last run of the previous page. */
  async list(options: { first: number; before?: string | null; startedBy?: string | null }): Promise<Page<RunRecord>> {
    const query = this.dataSource.getRepository(RunEntity).createQueryBuilder('r');
    if (options.startedBy) query.andWhere('r.started_by = :by', { by: options.startedBy });
    const totalCount = await query.clone().getCount();
    if (options.before) query.andWhere('r.id < :before', { before: Number(options.before) });
    const rows = await query.orderBy('r.id', 'DESC').take(options.first + 1).getMany();
    return { items: rows.slice(0, options.first).map(toRunRecord), hasNextPage: rows.length > options.first, totalCount };
  }

  async commitChunk(runId: string, change: ChunkChange): Promise<void> {
    const run = Number(runId);
    await this.dataSource.transaction(async (manager) => {
      await clearNotChecked(manager, run, change.clearNotChecked);
      await deleteFindings(manager, run, change.replaceFindings);
      await insertFindings(manager, run, change.findings);
      await insertNotChecked(manager, run, change.notChecked);
      const progress = change.progress;
      await manager
        .createQueryBuilder()
        .update(RunEntity)
        .set({
          lines_checked: progress.linesChecked,
          covered_through: progress.coveredThrough === null ? null : storedLineId(progress.coveredThrough),
          reached_end: progress.reachedEnd,
          heartbeat_at: progress.at,
        })
        .where('id = :run', { run })
        .execute();
    });
  }

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
      .where('id = :id', { id: Number(id) })
      .execute();
    return (await this.get(id))!;
  }

  /** Runs left RUNNING by a process that died: nothing will finish them, so they are failed. */
  async failAbandoned(input: { heartbeatBefore: string; at: string; error: string }): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(RunEntity)
      .set({ status: 'FAILED', finished_at: input.at, error: input.error })
      .where('status = :running AND heartbeat_at < :before', { running: 'RUNNING', before: input.heartbeatBefore })
      .execute();
    return result.affected ?? 0;
  }
}
