import type { FindingResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';

export const Finding: FindingResolvers = {
  line(finding) {
    return { id: finding.lineId };
  },
  amount(finding) {
    return fenToDecimal(finding.amountFen);
  },
  async review(finding, _args, { loaders }) {
    return (await loaders.reviews.load(finding.id)).at(-1) ?? null;
  },
  reviews(finding, _args, { loaders }) {
    return loaders.reviews.load(finding.id);
  },
};
