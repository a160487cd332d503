import type { RecoveryResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const Recovery: RecoveryResolvers = {
  amount: (r) => fenToDecimal(r.amountFen),
};
