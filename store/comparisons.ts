/**
 * What changed between two runs: the findings one has and the other has not. Both sides are
 * computed in the database with NOT EXISTS, so comparing two large runs pages like any findings.
 */
import type { DataSource } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { findingsKeysetPage, type FindingKey, type FindingRecord } from './findings.js';
import type { Page } from './rows.js';

export type ComparisonSide = 'added' | 'removed';

export class RunComparisons {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /**
   * `added`: findings of `b` that `a` does not have. `removed`: findings of `a` that `b` does not
   * have although `b` did check that rule on that line; a pair `b` could not check is not "removed".
   */
  async findings(side: ComparisonSide, a: string, b: string, first: number, after: FindingKey | null): Promise<Page<FindingRecord>> {
    const [from, other] = side === 'added' ? [b, a] : [a, b];
    const ruleInList = this.dialect === 'mysql' ? "CONCAT('%,', f.rule, ',%')" : "'%,' || f.rule || ',%'";
    const where = [
      'f.run_id = ?',
      'NOT EXISTS (SELECT 1 FROM crosscheck_finding g WHERE g.run_id = ? AND g.line_id = f.line_id AND g.rule = f.rule)',
      ...(side === 'removed'
        ? [`NOT EXISTS (SELECT 1 FROM crosscheck_not_checked n WHERE n.run_id = ? AND n.line_id = f.line_id AND n.rules LIKE ${ruleInList})`]
        : []),
    ].join(' AND ');
    const params: unknown[] = [Number(from), Number(other), ...(side === 'removed' ? [Number(other)] : [])];
    return findingsKeysetPage(this.dataSource, { where, params }, first, after);
  }
}
