/** SQL fragments the finance reads share, written once per dialect. */
import type { Dialect } from '../../lib/database-location.js';
import { sqliteNormalisedId, sqliteTrimmed } from '../sql-dialect.js';
import { LINE_STATUS } from './codes.js';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** A CHAR code column trimmed for comparison; MySQL's narrow CHAR columns cannot hold padding. */
export function codeSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? sqliteTrimmed(column) : column;
}

/** A code column trimmed in SQL for grouping; the result is normalised once more in code. */
export function trimSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? sqliteTrimmed(column) : `TRIM(${column})`;
}

/** The normalised ID number in SQL, for COUNT(DISTINCT ...) and grouping. */
export function personSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? sqliteNormalisedId(column) : `UPPER(TRIM(${column}))`;
}

/** An amount in whole fen: on SQLite a DECIMAL is a binary REAL, and rounding each amount first keeps sums exact. */
export function fenSql(column: string): string {
  return `COALESCE(ROUND(${column} * 100), 0)`;
}

/** A line's status code for grouping: every code the system does not define falls into one group ('X'). */
export function lineStatusGroupSql(dialect: Dialect, column: string): string {
  const code = codeSql(dialect, column);
  // The codes are the adapter's own constants, never client input.
  const known = LINE_STATUS.codes.map((c) => `'${c}'`).join(', ');
  return `CASE WHEN ${code} IN (${known}) THEN ${code} ELSE 'X' END`;
}

/** An instant as the departments' DATETIME text: Beijing wall-clock time. */
export function beijingText(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

// '!' rather than a backslash, which MySQL string literals would take as an escape of their own.
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** An integer count or sum of fen from an aggregate: text on MySQL, a number (possibly REAL) on SQLite. */
export function integerAggregate(raw: unknown): number {
  if (raw == null || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new RangeError('aggregate is not a safe integer');
  return n;
}
