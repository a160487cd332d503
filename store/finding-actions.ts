/**
 * What the responsible department did about findings (停发 / 核实无误 / 已更正). An action is kept
 * for the finding's line and rule, not for one run's finding row: a later run of the same batch
 * finds the same pair again, and the department's word on it must still stand. Every action is
 * kept; the latest one is where the finding stands.
 */
import { EntitySchema, type DataSource, type EntityManager } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';
import type { Department } from '../lib/departments.js';
import type { Rule } from '../lib/rules.js';
import { chunk } from '../lib/chunks.js';
import { insertedId, lineIdOf, storedLineId } from './rows.js';

export type FindingActionKind = 'STOP' | 'VERIFIED' | 'CORRECTED';

export interface FindingActionRecord {
  id: string;
  findingId: string;
  lineId: string;
  rule: Rule;
  action: FindingActionKind;
  stopFromPeriod: string | null;
  note: string;
  department: Department;
  actedBy: string;
  actedAt: string;
}

interface FindingActionRow {
  id: string;
  finding_id: string;
  line_id: string;
  rule: string;
  action: string;
  stop_from: string | null;
  note: string;
  department: string;
  acted_by: string;
  acted_at: string;
}

export const FindingActionEntity = new EntitySchema<FindingActionRow>({
  name: 'FindingAction',
  tableName: 'finding_action',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    finding_id: { type: 'bigint' },
    line_id: { type: 'varchar', length: 20 },
    rule: { type: 'varchar', length: 40 },
    action: { type: 'varchar', length: 10 },
    stop_from: { type: 'varchar', length: 6, nullable: true },
    note: { type: 'text' },
    department: { type: 'varchar', length: 20 },
    acted_by: { type: 'varchar', length: 100 },
    acted_at: { type: 'varchar', length: 30 },
  },
});

export function findingActionDdl(dialect: Dialect): string[] {
  const { mysql, id, options } = storeDdlTerms(dialect);
  return [
    `CREATE TABLE IF NOT EXISTS finding_action (
      id ${id},
      finding_id BIGINT NOT NULL,
      line_id VARCHAR(20) NOT NULL,
      rule VARCHAR(40) NOT NULL,
      action VARCHAR(10) NOT NULL,
      stop_from VARCHAR(6) NULL,
      note TEXT NOT NULL,
      department VARCHAR(20) NOT NULL,
      acted_by VARCHAR(100) NOT NULL,
      acted_at VARCHAR(30) NOT NULL
      ${mysql ? ', KEY ix_action_line_rule (line_id, rule, id)' : ''}
    )${options}`,
    ...(mysql ? [] : ['CREATE INDEX IF NOT EXISTS ix_action_line_rule ON finding_action (line_id, rule, id)']),
  ];
}

/** A finding's line and rule as one map key. */
export function pairKey(lineId: string, rule: string): string {
  return `${lineId}:${rule}`;
}

export function toFindingActionRecord(row: FindingActionRow): FindingActionRecord {
  return {
    id: String(row.id),
    findingId: String(row.finding_id),
    lineId: lineIdOf(row.line_id),
    rule: row.rule as Rule,
    action: row.action as FindingActionKind,
    stopFromPeriod: row.stop_from,
    note: row.note,
    department: row.department as Department,
    actedBy: row.acted_by,
    actedAt: row.acted_at,
  };
}

export class FindingActions {
  constructor(private readonly dataSource: DataSource) {}

  async add(input: Omit<FindingActionRecord, 'id'>, manager: EntityManager = this.dataSource.manager): Promise<FindingActionRecord> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(FindingActionEntity)
      .values({
        finding_id: input.findingId,
        line_id: storedLineId(input.lineId),
        rule: input.rule,
        action: input.action,
        stop_from: input.stopFromPeriod,
        note: input.note,
        department: input.department,
        acted_by: input.actedBy,
        acted_at: input.actedAt,
      })
      .updateEntity(false)
      .execute();
    return { ...input, id: insertedId(result) };
  }

  /** Every action on each pair, oldest first, keyed by pairKey. */
  async byPairs(pairs: readonly { lineId: string; rule: string }[]): Promise<Map<string, FindingActionRecord[]>> {
    const found = new Map<string, FindingActionRecord[]>();
    const lines = [...new Set(pairs.map((p) => storedLineId(p.lineId)))];
    const wanted = new Set(pairs.map((p) => pairKey(p.lineId, p.rule)));
    for (const part of chunk(lines, 1000)) {
      const rows = await this.dataSource
        .getRepository(FindingActionEntity)
        .createQueryBuilder('a')
        .where('a.line_id IN (:...lines)', { lines: part })
        .orderBy('a.id')
        .getMany();
      for (const row of rows) {
        const record = toFindingActionRecord(row);
        const key = pairKey(record.lineId, record.rule);
        if (!wanted.has(key)) continue;
        const list = found.get(key) ?? [];
        list.push(record);
        found.set(key, list);
      }
    }
    return found;
  }

  /** The latest action of every pair that has one. */
  async latestOfEveryPair(): Promise<FindingActionRecord[]> {
    const rows: FindingActionRow[] = await this.dataSource.query(
      `SELECT a.* FROM finding_action a JOIN (SELECT MAX(id) AS id FROM finding_action GROUP BY line_id, rule) latest ON latest.id = a.id ORDER BY a.line_id, a.rule`,
    );
    return rows.map(toFindingActionRecord);
  }
}
