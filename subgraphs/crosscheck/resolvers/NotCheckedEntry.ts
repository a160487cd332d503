import type { NotCheckedEntryResolvers } from '../__generated__/resolvers-types.js';
import { RULES } from '../../../lib/rules.js';
import { fenToDecimal } from '../../../lib/money.js';

export const NotCheckedEntry: NotCheckedEntryResolvers = {
  line(entry) {
    return { id: entry.lineId };
  },
  rules(entry) {
    return RULES.filter((r) => entry.rules.includes(r));
  },
  amount(entry) {
    return fenToDecimal(entry.amountFen);
  },
};
