/**
 * Cross-check runs in the hub's own store: the runs, their findings, the (line, department)
 * pairs that could not be checked, and review decisions. A chunk of a run is written in one
 * transaction, so a reader never sees half a chunk and a crash never leaves one.
 */
import type { DataSource, EntityManager, InsertResult } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { chunk, groupBy } from '../lib/chunks.js';
import type { Fen } from '../lib/money.js';
import { isRule, type Rule } from '../lib/rules.js';
import { openStoreDatabase } from './database.js';
import { crosscheckStoreDdl } from './ddl.js';
import { CROSSCHECK_ENTITIES, FindingEntity, NotCheckedEntity, ReviewEntity, RunEntity, type RunRow } from './entities.js';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'COMPLETED_WITH_GAPS' | 'FAILED';
export type ReviewDecision = 'CONFIRMED' | 'DISMISSED';

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

export interface NewFinding {
  lineId: string;
  rule: Rule;
  departments: Department[];
  evidence: string;
  amountFen: Fen;
  batchNumber: string;
  village: string | null;
}

export interface FindingRecord extends NewFinding {
  id: string;
  runId: string;
}

export interface NewNotChecked {
  lineId: string;
  department: Department;
  rules: Rule[];
  reason: string;
  amountFen: Fen;
  batchNumber: string;
}

export interface NotCheckedRecord extends NewNotChecked {
  id: string;
  runId: string;
}

export interface ReviewRecord {
  id: string;
  findingId: string;
  runId: string;
  decision: ReviewDecision;
  reason: string;
  reviewedBy: string;
  reviewedAt: string;
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

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface FindingKey {
  lineId: string;
  rule: string;
}

export interface FindingFilter {
  rules?: readonly Rule[];
  /** Division code prefix: county (6), township (9) or village (12 digits). */
  villagePrefix?: string;
}

export interface RunSummary {
  findings: number;
  linesFlagged: number;
  byRule: { rule: Rule; findings: number; amountFen: bigint }[];
  byDepartment: { department: Department; findings: number; lines: number }[];
  notCheckedLines: number;
  notChecked: { department: Department; lines: number; rules: Rule[] }[];
}

/** MXID as stored: zero-padded so that text order is numeric order on both dialects. */
export function storedLineId(lineId: string): string {
  if (!/^\d{1,20}$/.test(lineId)) throw new RangeError('a line id is digits only');
  return lineId.padStart(20, '0');
}

function lineIdOf(stored: string): string {
  return stored.replace(/^0+(?=\d)/, '');
}

function rulesText(rules: readonly Rule[]): string {
  return `,${rules.join(',')},`;
}

function rulesOf(text: string): Rule[] {
  return text.split(',').filter((r): r is Rule => r !== '' && isRule(r));
}

function fen(raw: unknown): Fen {
  return Number(raw);
}

function bigFen(raw: unknown): bigint {
  if (raw == null) return 0n;
  // SQLite can hand back a REAL for an integer SUM only beyond 2^63: not a real amount.
  return BigInt(typeof raw === 'number' ? Math.trunc(raw) : String(raw));
}

const INSERT_ROWS = 400;

export class CrosscheckStore {
  private constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {}

  static async open(location: DatabaseLocation): Promise<CrosscheckStore> {
    const opened = await openStoreDatabase(location, CROSSCHECK_ENTITIES, crosscheckStoreDdl);
    return new CrosscheckStore(opened.dataSource, opened.dialect);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  // --- runs ---------------------------------------------------------------------------------

  async createRun(input: { scope: RunScope; startedBy: string; at: string; linesTotal: number | null }): Promise<RunRecord> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(RunEntity)
      .values(this.newRunRow(input.scope, input.startedBy, input.at, input.linesTotal, null, null, false))
      .updateEntity(false)
      .execute();
    return (await this.getRun(insertedId(result)))!;
  }

  /**
   * A new run that takes over a finished run's findings and gaps and then checks only the gaps
   * and whatever the source never reached. Copying happens inside the database.
   */
  async createRerun(source: RunRecord, input: { startedBy: string; at: string }): Promise<RunRecord> {
    const id = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RunEntity)
        .values(
          this.newRunRow(
            source.scope,
            input.startedBy,
            input.at,
            source.linesTotal,
            Number(source.id),
            source.coveredThrough === null ? null : storedLineId(source.coveredThrough),
            source.reachedEnd,
          ),
        )
        .updateEntity(false)
        .execute();
      const newId = Number(insertedId(result));
      await manager.query(
        `INSERT INTO crosscheck_finding (run_id, line_id, rule, departments, evidence, amount_fen, batch_number, village)
         SELECT ?, line_id, rule, departments, evidence, amount_fen, batch_number, village FROM crosscheck_finding WHERE run_id = ?`,
        [newId, Number(source.id)],
      );
      await manager.query(
        `INSERT INTO crosscheck_not_checked (run_id, line_id, department, rules, reason, amount_fen, batch_number)
         SELECT ?, line_id, department, rules, reason, amount_fen, batch_number FROM crosscheck_not_checked WHERE run_id = ?`,
        [newId, Number(source.id)],
      );
      return newId;
    });
    return (await this.getRun(String(id)))!;
  }

  private newRunRow(
    scope: RunScope,
    startedBy: string,
    at: string,
    linesTotal: number | null,
    rerunOf: number | null,
    coveredThrough: string | null,
    reachedEnd: boolean,
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
      covered_through: coveredThrough,
      reached_end: reachedEnd,
      rerun_of: rerunOf,
      error: null,
    };
  }

  async getRun(id: string): Promise<RunRecord | null> {
    return (await this.runsByIds([id])).get(id) ?? null;
  }

  async runsByIds(ids: readonly string[]): Promise<Map<string, RunRecord>> {
    const numeric = [...new Set(ids)].filter((id) => /^\d{1,9}$/.test(id)).map(Number);
    const found = new Map<string, RunRecord>();
    for (const part of chunk(numeric, 1000)) {
      const rows = await this.dataSource.getRepository(RunEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: part }).getMany();
      for (const row of rows) found.set(String(row.id), toRunRecord(row));
    }
    return found;
  }

  /** Newest first; `before` is the id of the last run of the previous page. */
  async listRuns(options: { first: number; before?: string | null; startedBy?: string | null }): Promise<Page<RunRecord>> {
    const query = this.dataSource.getRepository(RunEntity).createQueryBuilder('r');
    if (options.startedBy) query.andWhere('r.started_by = :by', { by: options.startedBy });
    const totalCount = await query.clone().getCount();
    if (options.before) query.andWhere('r.id < :before', { before: Number(options.before) });
    const rows = await query.orderBy('r.id', 'DESC').take(options.first + 1).getMany();
    return { items: rows.slice(0, options.first).map(toRunRecord), hasNextPage: rows.length > options.first, totalCount };
  }

  async finishRun(id: string, outcome: { at: string; error?: string }): Promise<RunRecord> {
    const run = await this.getRun(id);
    if (!run) throw new Error(`run ${id} does not exist`);
    let status: RunStatus = 'FAILED';
    if (outcome.error === undefined) {
      const gaps = await this.dataSource.getRepository(NotCheckedEntity).createQueryBuilder('n').where('n.run_id = :id', { id: Number(id) }).getCount();
      status = run.reachedEnd && gaps === 0 ? 'COMPLETED' : 'COMPLETED_WITH_GAPS';
    }
    await this.dataSource
      .createQueryBuilder()
      .update(RunEntity)
      .set({ status, finished_at: outcome.at, heartbeat_at: outcome.at, error: outcome.error?.slice(0, 2000) ?? null })
      .where('id = :id', { id: Number(id) })
      .execute();
    return (await this.getRun(id))!;
  }

  /** Runs left RUNNING by a process that died: nothing will finish them, so they are failed. */
  async failAbandonedRuns(input: { heartbeatBefore: string; at: string; error: string }): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(RunEntity)
      .set({ status: 'FAILED', finished_at: input.at, error: input.error })
      .where('status = :running AND heartbeat_at < :before', { running: 'RUNNING', before: input.heartbeatBefore })
      .execute();
    return result.affected ?? 0;
  }

  // --- writing a chunk ----------------------------------------------------------------------

  async commitChunk(runId: string, change: ChunkChange): Promise<void> {
    const run = Number(runId);
    await this.dataSource.transaction(async (manager) => {
      for (const [department, entries] of groupBy(change.clearNotChecked, (e) => e.department)) {
        for (const part of chunk(entries.map((e) => storedLineId(e.lineId)), 1000)) {
          await manager
            .createQueryBuilder()
            .delete()
            .from(NotCheckedEntity)
            .where('run_id = :run AND department = :department AND line_id IN (:...lines)', { run, department, lines: part })
            .execute();
        }
      }
      for (const [rules, entries] of groupBy(change.replaceFindings, (e) => e.rules.join(','))) {
        if (rules === '') continue;
        for (const part of chunk(entries.map((e) => storedLineId(e.lineId)), 1000)) {
          await manager
            .createQueryBuilder()
            .delete()
            .from(FindingEntity)
            .where('run_id = :run AND rule IN (:...rules) AND line_id IN (:...lines)', { run, rules: rules.split(','), lines: part })
            .execute();
        }
      }
      await this.insertRows(
        manager,
        FindingEntity,
        change.findings.map((f) => ({
          run_id: run,
          line_id: storedLineId(f.lineId),
          rule: f.rule,
          departments: f.departments.join(','),
          evidence: f.evidence,
          amount_fen: String(f.amountFen),
          batch_number: f.batchNumber,
          village: f.village,
        })),
      );
      await this.insertRows(
        manager,
        NotCheckedEntity,
        change.notChecked.map((n) => ({
          run_id: run,
          line_id: storedLineId(n.lineId),
          department: n.department,
          rules: rulesText(n.rules),
          reason: n.reason.slice(0, 500),
          amount_fen: String(n.amountFen),
          batch_number: n.batchNumber,
        })),
      );
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

  private async insertRows(manager: EntityManager, entity: typeof FindingEntity | typeof NotCheckedEntity, rows: object[]): Promise<void> {
    for (const part of chunk(rows, INSERT_ROWS)) {
      await manager.createQueryBuilder().insert().into(entity).values(part as never).updateEntity(false).execute();
    }
  }

  /** The gaps a run recorded for lines in [fromLineId, toLineId], by line id. */
  async notCheckedBetween(runId: string, fromLineId: string, toLineId: string): Promise<Map<string, { department: Department; rules: Rule[] }[]>> {
    const rows = await this.dataSource
      .getRepository(NotCheckedEntity)
      .createQueryBuilder('n')
      .select(['n.line_id', 'n.department', 'n.rules'])
      .where('n.run_id = :run AND n.line_id >= :from AND n.line_id <= :to', { run: Number(runId), from: storedLineId(fromLineId), to: storedLineId(toLineId) })
      .getMany();
    const byLine = new Map<string, { department: Department; rules: Rule[] }[]>();
    for (const row of rows) {
      const lineId = lineIdOf(row.line_id);
      const list = byLine.get(lineId) ?? [];
      list.push({ department: row.department as Department, rules: rulesOf(row.rules) });
      byLine.set(lineId, list);
    }
    return byLine;
  }

  // --- reading findings ---------------------------------------------------------------------

  async findingsPage(runId: string, filter: FindingFilter, first: number, after: FindingKey | null): Promise<Page<FindingRecord>> {
    const { where, params } = this.findingWhere(runId, filter);
    const total = await this.dataSource.query(`SELECT COUNT(*) AS n FROM crosscheck_finding f WHERE ${where}`, params);
    const keyset = after ? ' AND (f.line_id > ? OR (f.line_id = ? AND f.rule > ?))' : '';
    const keysetParams = after ? [storedLineId(after.lineId), storedLineId(after.lineId), after.rule] : [];
    const rows = await this.dataSource.query(
      `SELECT f.* FROM crosscheck_finding f WHERE ${where}${keyset} ORDER BY f.line_id, f.rule LIMIT ?`,
      [...params, ...keysetParams, first + 1],
    );
    return { items: rows.slice(0, first).map(toFindingRecord), hasNextPage: rows.length > first, totalCount: Number(total[0]?.n ?? 0) };
  }

  private findingWhere(runId: string, filter: FindingFilter): { where: string; params: unknown[] } {
    const clauses = ['f.run_id = ?'];
    const params: unknown[] = [Number(runId)];
    if (filter.rules) {
      if (filter.rules.length === 0) clauses.push('1 = 0');
      else {
        clauses.push(`f.rule IN (${filter.rules.map(() => '?').join(', ')})`);
        params.push(...filter.rules);
      }
    }
    if (filter.villagePrefix) {
      clauses.push('f.village LIKE ?');
      params.push(`${filter.villagePrefix}%`);
    }
    return { where: clauses.join(' AND '), params };
  }

  async findingsByIds(ids: readonly string[]): Promise<Map<string, FindingRecord>> {
    const numeric = [...new Set(ids)].filter((id) => /^\d{1,18}$/.test(id));
    const found = new Map<string, FindingRecord>();
    for (const part of chunk(numeric, 1000)) {
      const rows = await this.dataSource.query(`SELECT f.* FROM crosscheck_finding f WHERE f.id IN (${part.map(() => '?').join(', ')})`, part);
      for (const row of rows) {
        const record = toFindingRecord(row);
        found.set(record.id, record);
      }
    }
    return found;
  }

  async notCheckedPage(
    runId: string,
    filter: { department?: Department },
    first: number,
    after: { lineId: string; department: string } | null,
  ): Promise<Page<NotCheckedRecord>> {
    const clauses = ['n.run_id = ?'];
    const params: unknown[] = [Number(runId)];
    if (filter.department) {
      clauses.push('n.department = ?');
      params.push(filter.department);
    }
    const where = clauses.join(' AND ');
    const total = await this.dataSource.query(`SELECT COUNT(*) AS n FROM crosscheck_not_checked n WHERE ${where}`, params);
    const keyset = after ? ' AND (n.line_id > ? OR (n.line_id = ? AND n.department > ?))' : '';
    const keysetParams = after ? [storedLineId(after.lineId), storedLineId(after.lineId), after.department] : [];
    const rows = await this.dataSource.query(
      `SELECT n.* FROM crosscheck_not_checked n WHERE ${where}${keyset} ORDER BY n.line_id, n.department LIMIT ?`,
      [...params, ...keysetParams, first + 1],
    );
    return { items: rows.slice(0, first).map(toNotCheckedRecord), hasNextPage: rows.length > first, totalCount: Number(total[0]?.n ?? 0) };
  }

  async summary(runId: string, departmentRules: ReadonlyMap<Department, readonly Rule[]>): Promise<RunSummary> {
    const run = Number(runId);
    const byRuleRows: { rule: string; n: unknown; total: unknown }[] = await this.dataSource.query(
      'SELECT f.rule AS rule, COUNT(*) AS n, SUM(f.amount_fen) AS total FROM crosscheck_finding f WHERE f.run_id = ? GROUP BY f.rule',
      [run],
    );
    const [lines] = await this.dataSource.query('SELECT COUNT(DISTINCT f.line_id) AS n FROM crosscheck_finding f WHERE f.run_id = ?', [run]);
    const byRule = byRuleRows
      .filter((r) => isRule(r.rule))
      .map((r) => ({ rule: r.rule as Rule, findings: Number(r.n), amountFen: bigFen(r.total) }));
    const byDepartment: RunSummary['byDepartment'] = [];
    for (const [department, rules] of departmentRules) {
      const findings = byRule.filter((r) => rules.includes(r.rule)).reduce((sum, r) => sum + r.findings, 0);
      if (findings === 0) continue;
      const [row] = await this.dataSource.query(
        `SELECT COUNT(DISTINCT f.line_id) AS n FROM crosscheck_finding f WHERE f.run_id = ? AND f.rule IN (${rules.map(() => '?').join(', ')})`,
        [run, ...rules],
      );
      byDepartment.push({ department, findings, lines: Number(row?.n ?? 0) });
    }
    const gapRows: { department: string; rules: string; n: unknown }[] = await this.dataSource.query(
      'SELECT n.department AS department, n.rules AS rules, COUNT(*) AS n FROM crosscheck_not_checked n WHERE n.run_id = ? GROUP BY n.department, n.rules',
      [run],
    );
    const gaps = new Map<Department, { lines: number; rules: Set<Rule> }>();
    for (const row of gapRows) {
      const entry = gaps.get(row.department as Department) ?? { lines: 0, rules: new Set<Rule>() };
      entry.lines += Number(row.n);
      for (const rule of rulesOf(row.rules)) entry.rules.add(rule);
      gaps.set(row.department as Department, entry);
    }
    const [gapLines] = await this.dataSource.query('SELECT COUNT(DISTINCT n.line_id) AS n FROM crosscheck_not_checked n WHERE n.run_id = ?', [run]);
    return {
      findings: byRule.reduce((sum, r) => sum + r.findings, 0),
      linesFlagged: Number(lines?.n ?? 0),
      byRule,
      byDepartment,
      notCheckedLines: Number(gapLines?.n ?? 0),
      notChecked: [...gaps].map(([department, g]) => ({ department, lines: g.lines, rules: [...g.rules] })),
    };
  }

  // --- comparing runs -----------------------------------------------------------------------

  /**
   * `added`: findings of `b` that `a` does not have. `removed`: findings of `a` that `b` does not
   * have although `b` did check that rule on that line; a pair `b` could not check is not "removed".
   */
  async compare(
    direction: 'added' | 'removed',
    a: string,
    b: string,
    first: number,
    after: FindingKey | null,
  ): Promise<Page<FindingRecord>> {
    const [from, other] = direction === 'added' ? [b, a] : [a, b];
    const concat = this.dialect === 'mysql' ? "CONCAT('%,', f.rule, ',%')" : "'%,' || f.rule || ',%'";
    const where = [
      'f.run_id = ?',
      'NOT EXISTS (SELECT 1 FROM crosscheck_finding g WHERE g.run_id = ? AND g.line_id = f.line_id AND g.rule = f.rule)',
      ...(direction === 'removed'
        ? [`NOT EXISTS (SELECT 1 FROM crosscheck_not_checked n WHERE n.run_id = ? AND n.line_id = f.line_id AND n.rules LIKE ${concat})`]
        : []),
    ].join(' AND ');
    const params: unknown[] = [Number(from), Number(other), ...(direction === 'removed' ? [Number(other)] : [])];
    const total = await this.dataSource.query(`SELECT COUNT(*) AS n FROM crosscheck_finding f WHERE ${where}`, params);
    const keyset = after ? ' AND (f.line_id > ? OR (f.line_id = ? AND f.rule > ?))' : '';
    const keysetParams = after ? [storedLineId(after.lineId), storedLineId(after.lineId), after.rule] : [];
    const rows = await this.dataSource.query(
      `SELECT f.* FROM crosscheck_finding f WHERE ${where}${keyset} ORDER BY f.line_id, f.rule LIMIT ?`,
      [...params, ...keysetParams, first + 1],
    );
    return { items: rows.slice(0, first).map(toFindingRecord), hasNextPage: rows.length > first, totalCount: Number(total[0]?.n ?? 0) };
  }

  // --- reviews ------------------------------------------------------------------------------

  async addReview(input: Omit<ReviewRecord, 'id'>): Promise<ReviewRecord> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ReviewEntity)
      .values({
        finding_id: input.findingId,
        run_id: Number(input.runId),
        decision: input.decision,
        reason: input.reason,
        reviewed_by: input.reviewedBy,
        reviewed_at: input.reviewedAt,
      })
      .updateEntity(false)
      .execute();
    return { ...input, id: insertedId(result) };
  }

  /** Every review of each finding, oldest first. */
  async reviewsByFindingIds(ids: readonly string[]): Promise<Map<string, ReviewRecord[]>> {
    const found = new Map<string, ReviewRecord[]>();
    const numeric = [...new Set(ids)].filter((id) => /^\d{1,18}$/.test(id));
    for (const part of chunk(numeric, 1000)) {
      const rows = await this.dataSource
        .getRepository(ReviewEntity)
        .createQueryBuilder('v')
        .where('v.finding_id IN (:...ids)', { ids: part })
        .orderBy('v.finding_id')
        .addOrderBy('v.id')
        .getMany();
      for (const row of rows) {
        const record: ReviewRecord = {
          id: String(row.id),
          findingId: String(row.finding_id),
          runId: String(row.run_id),
          decision: row.decision as ReviewDecision,
          reason: row.reason,
          reviewedBy: row.reviewed_by,
          reviewedAt: row.reviewed_at,
        };
        const list = found.get(record.findingId) ?? [];
        list.push(record);
        found.set(record.findingId, list);
      }
    }
    return found;
  }
}

/** The generated key of a single-row insert: `insertId` from mysql2, the last row id from SQLite. */
function insertedId(result: InsertResult): string {
  const fromIdentifiers = result.identifiers[0]?.id;
  if (fromIdentifiers !== undefined) return String(fromIdentifiers);
  const raw = result.raw as { insertId?: unknown } | number | bigint;
  const id = typeof raw === 'object' && raw !== null ? raw.insertId : raw;
  if (id === undefined || id === null) throw new Error('the store did not report the generated key');
  return String(id);
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

interface RawFinding {
  id: unknown;
  run_id: unknown;
  line_id: string;
  rule: string;
  departments: string;
  evidence: string;
  amount_fen: unknown;
  batch_number: string;
  village: string | null;
}

function toFindingRecord(row: RawFinding): FindingRecord {
  return {
    id: String(row.id),
    runId: String(row.run_id),
    lineId: lineIdOf(row.line_id),
    rule: row.rule as Rule,
    departments: row.departments === '' ? [] : (row.departments.split(',') as Department[]),
    evidence: row.evidence,
    amountFen: fen(row.amount_fen),
    batchNumber: row.batch_number,
    village: row.village,
  };
}

function toNotCheckedRecord(row: { id: unknown; run_id: unknown; line_id: string; department: string; rules: string; reason: string; amount_fen: unknown; batch_number: string }): NotCheckedRecord {
  return {
    id: String(row.id),
    runId: String(row.run_id),
    lineId: lineIdOf(row.line_id),
    department: row.department as Department,
    rules: rulesOf(row.rules),
    reason: row.reason,
    amountFen: fen(row.amount_fen),
    batchNumber: row.batch_number,
  };
}
