import type { CheckLineResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const CheckLine: CheckLineResolvers = {
  batchNumber(line) {
    return line.batch.batchNumber;
  },
  programmeCode(line) {
    return line.batch.programmeCode;
  },
  period(line) {
    return line.batch.period;
  },
  countyCode(line) {
    return line.batch.countyCode;
  },
  async eligibilityCondition(line, _args, { loaders }) {
    if (line.batch.programmeCode === null) return null;
    return (await loaders.programme.load(line.batch.programmeCode))?.eligibilityCondition ?? null;
  },
  amount(line) {
    return fenToDecimal(line.amountFen);
  },
};
