import type { RunRecord } from '../../store/runs.js';
import type { Rule } from '../../lib/rules.js';

/** The two runs being compared; the added and removed findings are paged on demand. */
export interface RunComparisonParent {
  a: RunRecord;
  b: RunRecord;
}

/** A reference to finance's PaymentLine entity: the id is all this subgraph knows of it. */
export interface PaymentLineParent {
  id: string;
}

export interface RuleSummaryParent {
  rule: Rule;
  findings: number;
  amountFen: bigint;
}
