import type { PaymentLineResolvers } from '../__generated__/resolvers-types.js';
import { canonicalLineId } from '../../../adapters/finance/line-ids.js';
import { fenToDecimal } from '../../../lib/money.js';

export const PaymentLine: PaymentLineResolvers = {
  __resolveReference(reference, { loaders }) {
    const id = canonicalLineId(String(reference.id));
    return id === null ? null : loaders.line.load(id);
  },
  amount(line) {
    return fenToDecimal(line.amountFen);
  },
  person(line) {
    return line.idNumberValid ? { idNumber: line.idNumber } : null;
  },
};
