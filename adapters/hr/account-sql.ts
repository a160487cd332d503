import type { Dialect } from '../../lib/database-location.js';
import { sqliteTrimmed } from '../sql-dialect.js';

/** The padding the legacy systems leave around values: space, tab, LF, CR, U+3000 (as lib/text trims). */
const LEADING_PADDING = [' ', '\t', '\n', '\r', '\u3000'];

/**
 * A WHERE fragment selecting (at least) the rows whose account column, trimmed, is one of `accounts`.
 * The caller must still compare the trimmed value: on MySQL the fragment also returns every row
 * whose account starts with padding.
 *
 * On MySQL the departments' PAD SPACE collations already ignore trailing blanks in `=`/`IN`, so only
 * leading padding escapes the IN list; prefix LIKEs on the same column stay range scans on its index,
 * where TRIM() around the column would scan the whole card table for every chunk.
 */
export function accountMatchSql(
  dialect: Dialect,
  column: string,
  accounts: readonly string[],
  param: string,
): { sql: string; params: Record<string, string | string[]> } {
  if (dialect === 'sqlite') {
    // The embedded DDL indexes exactly this expression (hr/entities.ts).
    return { sql: `${sqliteTrimmed(column)} IN (:...${param})`, params: { [param]: [...accounts] } };
  }
  const params: Record<string, string | string[]> = { [param]: [...accounts] };
  const prefixes = LEADING_PADDING.map((pad, i) => {
    params[`${param}Pad${i}`] = `${pad}%`;
    return `${column} LIKE :${param}Pad${i}`;
  });
  return { sql: `(${column} IN (:...${param}) OR ${prefixes.join(' OR ')})`, params };
}
