import type { PaymentRollupRowResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const PaymentRollupRow: PaymentRollupRowResolvers = {
  totalAmount(row) {
    return fenToDecimal(row.totalFen);
  },
};
