import type { RollupRowResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const RollupRow: RollupRowResolvers = {
  programme(row) {
    return row.programmeCode === null ? null : { code: row.programmeCode };
  },
  totalAmount(row) {
    return fenToDecimal(row.totalFen);
  },
};
