/**
 * Where generated rows go. Rows are the adapters' own legacy tables, keyed by the legacy column
 * names; values are exactly what goes into the column (dirty spellings included), so the
 * reference evaluator sees what a department adapter would read.
 */
import type { LegacyTableName, NewLegacyTableRow } from '../adapters/legacy-tables.js';
import type { Rule } from '../lib/rules.js';

export interface ExpectedFinding {
  lineId: string;
  rule: Rule;
}

/** Where generated rows go: a database writer, the reference evaluator, or both. */
export interface RowSink {
  row<T extends LegacyTableName>(table: T, row: NewLegacyTableRow<T>): void;
  /**
   * The findings the generator meant a line to have (null: not planned, e.g. the bench batch).
   * Only tests compare this with the reference evaluator.
   */
  lineIntent?(mxid: number, intended: ReadonlySet<Rule> | null): void;
  /** Lets an asynchronous writer catch up; the generator awaits it between households. */
  drain?(): Promise<void> | void;
}
