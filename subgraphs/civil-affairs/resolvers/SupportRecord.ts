import type { SupportRecordResolvers } from '../__generated__/resolvers-types.js';
import { dateArgument } from '../../runtime/arguments.js';
import { supportActiveAt } from '../rules.js';

export const SupportRecord: SupportRecordResolvers = {
  activeAt(record, args) {
    return supportActiveAt(record, dateArgument(args.date, 'date'));
  },
};
