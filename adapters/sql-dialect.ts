/**
 * The few places where MariaDB/MySQL and the embedded SQLite need different SQL.
 * Everything else in the adapters is dialect-free TypeORM.
 */
import type { Dialect } from '../lib/database-location.js';

/** Values per IN list: one statement per chunk keeps every lookup batched on both dialects' parameter limits. */
export const LOOKUP_CHUNK_SIZE = 1000;

/**
 * Persons per statement where the database may answer by reading a whole set of rows and matching
 * the persons against it, rather than looking each one up: a programme and period's lines, for
 * duplicate payments; for card accounts, the cards whose account starts with padding. Each
 * statement then reads that set once, so a cross-check chunk of 6,000 persons in thousand-person
 * statements read a large batch's lines six times. At most a screening request's subjects, each
 * with at most two spellings: within SQLite's 32,766 and MySQL's 65,535 parameters.
 */
export const SET_LOOKUP_CHUNK_SIZE = 10_000;

/** Characters the legacy systems pad ID numbers and names with: space, tab, CR, LF, U+3000. */
const SQLITE_PADDING = 'char(32, 9, 10, 13, 12288)';

/**
 * The SQL expression that normalises an ID column the way `normaliseIdNumber` does.
 * SQLite stores CHAR(18) without a length check, so padded IDs really occur there, and the
 * embedded DDL indexes exactly this expression.
 */
export function sqliteNormalisedId(column: string): string {
  return `UPPER(${sqliteTrimmed(column)})`;
}

/** A text column with the legacy padding trimmed, on SQLite (whose CHAR columns keep it). */
export function sqliteTrimmed(column: string): string {
  return `TRIM(${column}, ${SQLITE_PADDING})`;
}

/**
 * A WHERE fragment matching rows whose ID column normalises to one of `ids`.
 *
 * On MySQL a CHAR(18) column cannot hold an 18-character ID plus padding (and trailing blanks
 * are ignored by PAD SPACE comparison), so the only dirty spelling of a valid ID it can store
 * is a lower-case `x`: asking for both spellings keeps the lookup on the column's index.
 */
export function idMatchSql(
  dialect: Dialect,
  column: string,
  ids: readonly string[],
  param: string,
): { sql: string; params: Record<string, string[]> } {
  if (dialect === 'sqlite') {
    return { sql: `${sqliteNormalisedId(column)} IN (:...${param})`, params: { [param]: [...ids] } };
  }
  const spellings: string[] = [];
  for (const id of ids) {
    spellings.push(id);
    if (id.endsWith('X')) spellings.push(`${id.slice(0, -1)}x`);
  }
  return { sql: `${column} IN (:...${param})`, params: { [param]: spellings } };
}

export function autoIncrementKey(dialect: Dialect, column: string): string {
  return dialect === 'sqlite'
    ? `${column} INTEGER PRIMARY KEY AUTOINCREMENT`
    : `${column} BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY`;
}

export function tableOptions(dialect: Dialect): string {
  return dialect === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4' : '';
}

/** An index on an ID column; on SQLite on its normalised form so lookups stay indexed. */
export function idIndex(dialect: Dialect, table: string, column: string, label = table): string {
  const target = dialect === 'sqlite' ? sqliteNormalisedId(column) : column;
  return `CREATE INDEX IX_${label}_${column}_NORM ON ${table} (${target})`;
}

/** `label` names the index where `table` carries a schema prefix (`legacy.T_RK`). */
export function plainIndex(table: string, columns: string[], label = table): string {
  return `CREATE INDEX IX_${label}_${columns.join('_')} ON ${table} (${columns.join(', ')})`;
}

/**
 * The session settings that bound every statement of a MariaDB/MySQL connection by `timeoutMs`:
 * lock waits on tables (LOCK TABLES, DDL: `lock_wait_timeout`, whose default is a day) and on rows
 * (`innodb_lock_wait_timeout`), and the statement as a whole (MariaDB `max_statement_time` in
 * seconds, MySQL `max_execution_time` in ms, SELECT only: the adapters only read).
 */
export function sessionTimeoutSql(serverVersion: string, timeoutMs: number): string {
  const lockSeconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  const statement = /mariadb/i.test(serverVersion) ? `max_statement_time = ${(timeoutMs / 1000).toFixed(3)}` : `max_execution_time = ${Math.ceil(timeoutMs)}`;
  return `SET SESSION lock_wait_timeout = ${lockSeconds}, innodb_lock_wait_timeout = ${lockSeconds}, ${statement}`;
}
