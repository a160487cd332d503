import type { DibaoMembershipResolvers } from '../__generated__/resolvers-types.js';

export const DibaoMembership: DibaoMembershipResolvers = {
  async household(membership, _args, { loaders }) {
    const household = await loaders.household.load(membership.householdNumber);
    // Person.dibaoMemberships keeps only memberships whose household exists, and the loader has it cached.
    if (household === null) throw new Error(`household of a membership vanished within one request`);
    return household;
  },
};
