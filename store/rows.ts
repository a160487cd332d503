/**
 * What every table of the cross-check store shares: how line ids, rule lists and amounts are
 * stored, generated keys, chunked inserts, and keyset pages in line order.
 */
import type { DataSource, EntityManager, EntitySchema, InsertResult } from 'typeorm';
import { chunk } from '../lib/chunks.js';
import type { Fen } from '../lib/money.js';
import { isRule, type Rule } from '../lib/rules.js';

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A line id as stored: zero-padded so that text order is numeric order on both dialects. */
export function storedLineId(lineId: string): string {
  if (!/^\d{1,20}$/.test(lineId)) throw new RangeError('a line id is digits only');
  return lineId.padStart(20, '0');
}

export function lineIdOf(stored: string): string {
  return stored.replace(/^0+(?=\d)/, '');
}

/** `,RULE_A,RULE_B,`: delimited on both sides so one rule is found with LIKE '%,RULE,%'. */
export function rulesText(rules: readonly Rule[]): string {
  return `,${rules.join(',')},`;
}

export function rulesOf(text: string): Rule[] {
  return text.split(',').filter((r): r is Rule => r !== '' && isRule(r));
}

export function fenOf(raw: unknown): Fen {
  return Number(raw);
}

export function bigFenOf(raw: unknown): bigint {
  if (raw == null) return 0n;
  // SQLite can hand back a REAL for an integer SUM only beyond 2^63: not a real amount.
  return BigInt(typeof raw === 'number' ? Math.trunc(raw) : String(raw));
}

/** Ids as the store keys them; anything else names no row, so it is dropped before the query. */
export function numericIds(ids: readonly string[], maxDigits: number): string[] {
  const pattern = new RegExp(`^\\d{1,${maxDigits}}$`);
  return [...new Set(ids)].filter((id) => pattern.test(id));
}

export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** The generated key of a single-row insert: `insertId` from mysql2, the last row id from SQLite. */
export function insertedId(result: InsertResult): string {
  const fromIdentifiers = result.identifiers[0]?.id;
  if (fromIdentifiers !== undefined) return String(fromIdentifiers);
  const raw = result.raw as { insertId?: unknown } | number | bigint;
  const id = typeof raw === 'object' && raw !== null ? raw.insertId : raw;
  if (id === undefined || id === null) throw new Error('the store did not report the generated key');
  return String(id);
}

const INSERT_ROWS = 400;

/** Multi-row inserts a few hundred rows at a time, within the statement limits of both dialects. */
export async function insertRows(manager: EntityManager, entity: EntitySchema<any>, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  // The statement is written here from the entity's own metadata: TypeORM's insert builder took
  // four to five times the CPU (2,000 findings into SQLite: 40-47 ms against 8-10 ms), most of it
  // building the statement, and a run of 1,000,000 lines writes a third of a million findings.
  const metadata = manager.connection.getMetadata(entity);
  const driver = manager.connection.driver;
  const names = Object.keys(rows[0]!);
  const columns = names.map((name) => {
    const column = metadata.findColumnWithPropertyName(name);
    if (!column) throw new Error(`${metadata.tableName} has no column ${name}`);
    return column;
  });
  const head = `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${placeholders(names)})`;
  for (const part of chunk(rows, INSERT_ROWS)) {
    const params: unknown[] = [];
    for (const row of part) {
      const values = row as Record<string, unknown>;
      for (let i = 0; i < names.length; i++) {
        const value = values[names[i]!];
        if (value === undefined) throw new Error(`a row for ${metadata.tableName} lacks ${names[i]}`);
        params.push(driver.preparePersistentValue(value, columns[i]!));
      }
    }
    await manager.query(head + new Array(part.length).fill(tuple).join(', '), params);
  }
}

/** A table read in (line id, `tieBreak`) order, which is also the order of its unique key. */
export interface LineOrderedTable {
  table: string;
  alias: string;
  tieBreak: string;
}

/**
 * One page of the rows matching `filter` after the keyset `after`, and how many match in all. The
 * keyset rather than an offset keeps a page boundary stable while a run is still writing.
 */
export async function keysetPage<T>(
  dataSource: DataSource,
  from: LineOrderedTable,
  filter: { where: string; params: unknown[] },
  first: number,
  after: { lineId: string; tieBreak: string } | null,
  toRecord: (row: any) => T,
): Promise<Page<T>> {
  const { table, alias, tieBreak } = from;
  const total = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table} ${alias} WHERE ${filter.where}`, filter.params);
  const keyset = after ? ` AND (${alias}.line_id > ? OR (${alias}.line_id = ? AND ${alias}.${tieBreak} > ?))` : '';
  const keysetParams = after ? [storedLineId(after.lineId), storedLineId(after.lineId), after.tieBreak] : [];
  const rows: unknown[] = await dataSource.query(
    `SELECT ${alias}.* FROM ${table} ${alias} WHERE ${filter.where}${keyset} ORDER BY ${alias}.line_id, ${alias}.${tieBreak} LIMIT ?`,
    [...filter.params, ...keysetParams, first + 1],
  );
  return { items: rows.slice(0, first).map(toRecord), hasNextPage: rows.length > first, totalCount: Number(total[0]?.n ?? 0) };
}
