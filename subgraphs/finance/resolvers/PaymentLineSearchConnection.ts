import type { PaymentLineSearchConnectionResolvers } from '../__generated__/resolvers-types.js';

export const PaymentLineSearchConnection: PaymentLineSearchConnectionResolvers = {
  totals(connection) {
    return connection.totals();
  },
};
