import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import { normaliseIdNumber } from '../../../lib/id-number.js';
import { dateArgument } from '../../runtime/arguments.js';
import { householdsOfPerson } from '../lookups.js';
import { guaranteeActiveAt, supportActiveAt } from '../rules.js';

export const Person: PersonResolvers = {
  __resolveReference(reference) {
    return { idNumber: normaliseIdNumber(reference.idNumber) };
  },
  async dibaoMemberships(person, _args, { loaders }) {
    const households = await householdsOfPerson(loaders, person.idNumber);
    // A membership names its household as non-null; a member row of a household that the household register does not
    // hold cannot show one, and counts for nothing in onDibaoAt either.
    return households.filter((h) => h.household !== null).flatMap((h) => h.memberships);
  },
  async onDibaoAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    const households = await householdsOfPerson(loaders, person.idNumber);
    return households.some((h) => h.household !== null && guaranteeActiveAt(h.household, date));
  },
  extremePovertySupport(person, _args, { loaders }) {
    return loaders.support.load(person.idNumber);
  },
  async supportedAt(person, args, { loaders }) {
    const date = dateArgument(args.date, 'date');
    const records = await loaders.support.load(person.idNumber);
    return records.some((r) => supportActiveAt(r, date));
  },
};
