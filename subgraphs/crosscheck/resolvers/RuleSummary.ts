import type { RuleSummaryResolvers } from '../__generated__/resolvers-types.js';
import { departmentsOfRule } from '../../../crosscheck/rules.js';

/** Yuan text of a fen sum that may exceed a JavaScript number: a province's month is many lines. */
export function bigFenToDecimal(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export const RuleSummary: RuleSummaryResolvers = {
  departments(summary) {
    return departmentsOfRule(summary.rule);
  },
  amountAtRisk(summary) {
    return bigFenToDecimal(summary.amountFen);
  },
};
