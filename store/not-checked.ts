/**
 * The (line, department) pairs a run could not check: one row per pair, with the rules left open
 * and why. A rerun asks only about these, and settles them in its own chunks (runs.ts).
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { chunk, groupBy } from '../lib/chunks.js';
import type { Fen } from '../lib/money.js';
import type { Rule } from '../lib/rules.js';
import { NotCheckedEntity } from './entities.js';
import { fenOf, insertRows, keysetPage, lineIdOf, rulesOf, rulesText, storedLineId, type Page } from './rows.js';

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

/** Where a page of gaps continues: gaps are ordered by line, then department. */
export interface NotCheckedKey {
  lineId: string;
  department: string;
}

interface RawNotChecked {
  id: unknown;
  run_id: unknown;
  line_id: string;
  department: string;
  rules: string;
  reason: string;
  amount_fen: unknown;
  batch_number: string;
}

function toNotCheckedRecord(row: RawNotChecked): NotCheckedRecord {
  return {
    id: String(row.id),
    runId: String(row.run_id),
    lineId: lineIdOf(row.line_id),
    department: row.department as Department,
    rules: rulesOf(row.rules),
    reason: row.reason,
    amountFen: fenOf(row.amount_fen),
    batchNumber: row.batch_number,
  };
}

export class NotCheckedEntries {
  constructor(private readonly dataSource: DataSource) {}

  async page(runId: string, filter: { department?: Department }, first: number, after: NotCheckedKey | null): Promise<Page<NotCheckedRecord>> {
    const clauses = ['n.run_id = ?'];
    const params: unknown[] = [Number(runId)];
    if (filter.department) {
      clauses.push('n.department = ?');
      params.push(filter.department);
    }
    return keysetPage(
      this.dataSource,
      { table: 'crosscheck_not_checked', alias: 'n', tieBreak: 'department' },
      { where: clauses.join(' AND '), params },
      first,
      after && { lineId: after.lineId, tieBreak: after.department },
      toNotCheckedRecord,
    );
  }

  /** The gaps a run recorded for lines in [fromLineId, toLineId], by line id. */
  async between(runId: string, fromLineId: string, toLineId: string): Promise<Map<string, { department: Department; rules: Rule[] }[]>> {
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

  async count(runId: string): Promise<number> {
    return this.dataSource.getRepository(NotCheckedEntity).createQueryBuilder('n').where('n.run_id = :id', { id: Number(runId) }).getCount();
  }
}

// --- writes, inside a run's transaction ---------------------------------------------------------

/** A rerun starts from its source's gaps; the copy happens inside the database. */
export async function copyNotChecked(manager: EntityManager, fromRun: number, toRun: number): Promise<void> {
  await manager.query(
    `INSERT INTO crosscheck_not_checked (run_id, line_id, department, rules, reason, amount_fen, batch_number)
     SELECT ?, line_id, department, rules, reason, amount_fen, batch_number FROM crosscheck_not_checked WHERE run_id = ?`,
    [toRun, fromRun],
  );
}

/** Drops the gaps a chunk settled, before it records the gaps it left. */
export async function clearNotChecked(manager: EntityManager, run: number, settled: readonly { lineId: string; department: Department }[]): Promise<void> {
  for (const [department, entries] of groupBy(settled, (e) => e.department)) {
    for (const part of chunk(entries.map((e) => storedLineId(e.lineId)), 1000)) {
      await manager
        .createQueryBuilder()
        .delete()
        .from(NotCheckedEntity)
        .where('run_id = :run AND department = :department AND line_id IN (:...lines)', { run, department, lines: part })
        .execute();
    }
  }
}

export async function insertNotChecked(manager: EntityManager, run: number, entries: readonly NewNotChecked[]): Promise<void> {
  await insertRows(
    manager,
    NotCheckedEntity,
    entries.map((n) => ({
      run_id: run,
      line_id: storedLineId(n.lineId),
      department: n.department,
      rules: rulesText(n.rules),
      reason: n.reason.slice(0, 500),
      amount_fen: String(n.amountFen),
      batch_number: n.batchNumber,
    })),
  );
}
