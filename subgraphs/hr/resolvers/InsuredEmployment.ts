import type { InsuredEmploymentResolvers } from '../__generated__/resolvers-types.js';
import { dateArgument } from '../../runtime/arguments.js';
import { employmentActiveAt } from '../rules.js';

export const InsuredEmployment: InsuredEmploymentResolvers = {
  activeAt(employment, args) {
    return employmentActiveAt(employment, dateArgument(args.date, 'date'));
  },
};
