import type { WriteOffResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const WriteOff: WriteOffResolvers = {
  amount: (w) => fenToDecimal(w.amountFen),
};
