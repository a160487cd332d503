import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { dateArgument } from '../../runtime/arguments.js';
import { publicEmploymentActiveAt } from '../rules.js';

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  socialSecurityCards(person, _args, { loaders }) {
    return loaders.cardsByHolder.load(person.idNumber);
  },
  insuredEmployments(person, _args, { loaders }) {
    return loaders.employments.load(person.idNumber);
  },
  async publicEmployeeAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    const employments = await loaders.employments.load(person.idNumber);
    return employments.some((employment) => publicEmploymentActiveAt(employment, date));
  },
};
