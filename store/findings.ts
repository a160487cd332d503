/**
 * The findings of cross-check runs: one row per (run, line, rule), read a page at a time in line
 * order. They are written only as part of a run's chunk (runs.ts), never one by one.
 */
import type { DataSource, EntityManager } from 'typeorm';
import type { Department } from '../lib/departments.js';
import { chunk, groupBy } from '../lib/chunks.js';
import type { Fen } from '../lib/money.js';
import type { Rule } from '../lib/rules.js';
import { FindingEntity } from './entities.js';
import { fenOf, insertRows, keysetPage, lineIdOf, numericIds, placeholders, storedLineId, type LineOrderedTable, type Page } from './rows.js';

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

/** Where a page of findings continues: findings are ordered by line, then rule. */
export interface FindingKey {
  lineId: string;
  rule: string;
}

export interface FindingFilter {
  rules?: readonly Rule[];
  /** Division code prefix: county (6), township (9) or village (12 digits). */
  villagePrefix?: string;
}

export const FINDINGS_IN_LINE_ORDER: LineOrderedTable = { table: 'crosscheck_finding', alias: 'f', tieBreak: 'rule' };

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

export function toFindingRecord(row: RawFinding): FindingRecord {
  return {
    id: String(row.id),
    runId: String(row.run_id),
    lineId: lineIdOf(row.line_id),
    rule: row.rule as Rule,
    departments: row.departments === '' ? [] : (row.departments.split(',') as Department[]),
    evidence: row.evidence,
    amountFen: fenOf(row.amount_fen),
    batchNumber: row.batch_number,
    village: row.village,
  };
}

/** A page of findings in `FINDINGS_IN_LINE_ORDER` after `after`, for rows matching `filter` (alias `f`). */
export function findingsKeysetPage(
  dataSource: DataSource,
  filter: { where: string; params: unknown[] },
  first: number,
  after: FindingKey | null,
): Promise<Page<FindingRecord>> {
  return keysetPage(dataSource, FINDINGS_IN_LINE_ORDER, filter, first, after && { lineId: after.lineId, tieBreak: after.rule }, toFindingRecord);
}

export class Findings {
  constructor(private readonly dataSource: DataSource) {}

  async page(runId: string, filter: FindingFilter, first: number, after: FindingKey | null): Promise<Page<FindingRecord>> {
    return findingsKeysetPage(this.dataSource, findingWhere(runId, filter), first, after);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, FindingRecord>> {
    const found = new Map<string, FindingRecord>();
    for (const part of chunk(numericIds(ids, 18), 1000)) {
      const rows: RawFinding[] = await this.dataSource.query(`SELECT f.* FROM crosscheck_finding f WHERE f.id IN (${placeholders(part)})`, part);
      for (const row of rows) {
        const record = toFindingRecord(row);
        found.set(record.id, record);
      }
    }
    return found;
  }
}

function findingWhere(runId: string, filter: FindingFilter): { where: string; params: unknown[] } {
  const clauses = ['f.run_id = ?'];
  const params: unknown[] = [Number(runId)];
  if (filter.rules) {
    if (filter.rules.length === 0) clauses.push('1 = 0');
    else {
      clauses.push(`f.rule IN (${placeholders(filter.rules)})`);
      params.push(...filter.rules);
    }
  }
  if (filter.villagePrefix) {
    clauses.push('f.village LIKE ?');
    params.push(`${filter.villagePrefix}%`);
  }
  return { where: clauses.join(' AND '), params };
}

// --- writes, inside a run's transaction ---------------------------------------------------------

/** A rerun starts from its source's findings; the copy happens inside the database. */
export async function copyFindings(manager: EntityManager, fromRun: number, toRun: number): Promise<void> {
  await manager.query(
    `INSERT INTO crosscheck_finding (run_id, line_id, rule, departments, evidence, amount_fen, batch_number, village)
     SELECT ?, line_id, rule, departments, evidence, amount_fen, batch_number, village FROM crosscheck_finding WHERE run_id = ?`,
    [toRun, fromRun],
  );
}

/** Drops what a run found for these rules on these lines: they were checked again. */
export async function deleteFindings(manager: EntityManager, run: number, replaced: readonly { lineId: string; rules: Rule[] }[]): Promise<void> {
  for (const [rules, entries] of groupBy(replaced, (e) => e.rules.join(','))) {
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
}

export async function insertFindings(manager: EntityManager, run: number, findings: readonly NewFinding[]): Promise<void> {
  await insertRows(
    manager,
    FindingEntity,
    findings.map((f) => ({
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
}
