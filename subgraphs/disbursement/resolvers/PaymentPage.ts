import type { PaymentPageResolvers } from '../__generated__/resolvers-types.js';

export const PaymentPage: PaymentPageResolvers = {
  totals(page) {
    return page.totals();
  },
};
