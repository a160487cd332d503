import type { PaymentTotalsResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const PaymentTotals: PaymentTotalsResolvers = {
  totalAmount(totals) {
    return fenToDecimal(totals.totalFen);
  },
};
