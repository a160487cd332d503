/**
 * The screening reads' one statement shape: raw rows of a legacy table whose ID column matches
 * normalised ID numbers, only the columns the rules read (no entity per row), one statement per
 * chunk of LOOKUP_CHUNK_SIZE. Columns are named as the table's entity names them, so a
 * department's mapped layout (adapters/mapping/) reaches the SQL exactly as it does for entities.
 */
import type { DataSource, EntitySchema } from 'typeorm';
import { chunk } from '../lib/chunks.js';
import type { Dialect } from '../lib/database-location.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql } from './sql-dialect.js';

export interface IdRowsRead<Row> {
  entity: EntitySchema<any>;
  /** The ID number column, matched as idMatchSql matches it. */
  idColumn: string;
  /** Each field of a row and the column it is read from. */
  columns: { [K in keyof Row]: string };
  /** The column each statement's rows are ordered by (the full reads' order, so "first row wins" agrees). */
  orderBy: string;
}

/** Calls `each` with every row of `read` for `idNumbers` (each asked once), statement by statement. */
export async function eachRowByIdNumbers<Row>(ds: DataSource, dialect: Dialect, read: IdRowsRead<Row>, idNumbers: readonly string[], each: (row: Row) => void): Promise<void> {
  const fields = Object.entries(read.columns) as [string, string][];
  for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
    const match = idMatchSql(dialect, `t.${read.idColumn}`, ids, 'ids');
    const query = ds.getRepository(read.entity).createQueryBuilder('t');
    fields.forEach(([field, column], i) => (i === 0 ? query.select(`t.${column}`, field) : query.addSelect(`t.${column}`, field)));
    const rows: Row[] = await query.where(match.sql, match.params).orderBy(`t.${read.orderBy}`).getRawMany();
    for (const row of rows) each(row);
  }
}
