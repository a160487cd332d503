import type { CheckLineColumnPageResolvers } from '../__generated__/resolvers-types.js';
import { paymentLineHits } from '../payment-line-hits.js';

export const CheckLineColumnPage: CheckLineColumnPageResolvers = {
  paymentLineHits(parent, _args, { adapter, loaders }) {
    const lines = parent.screeningLines();
    return paymentLineHits(lines, new Map(lines.map((line) => [line.id, line])), adapter, loaders);
  },
};
