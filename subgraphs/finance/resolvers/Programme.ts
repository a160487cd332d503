import type { ProgrammeResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';
import { trimLegacyText } from '../../../lib/text.js';
import { periodArgument } from '../../runtime/arguments.js';

export const Programme: ProgrammeResolvers = {
  __resolveReference(reference, { loaders }) {
    return loaders.programme.load(trimLegacyText(reference.code));
  },
  standardAmount(programme) {
    return programme.standardAmountFen === null ? null : fenToDecimal(programme.standardAmountFen);
  },
  async batches(programme, args, { loaders }) {
    const period = args.period == null ? null : periodArgument(args.period, 'period');
    const batches = await loaders.batchesByProgramme.load(programme.code);
    return period === null ? batches : batches.filter((b) => b.period === period);
  },
};
