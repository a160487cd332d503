import type { FindingActionResolvers } from '../__generated__/resolvers-types.js';
import { followUpOf, followUpUser } from '../follow-up.js';

export const FindingAction: FindingActionResolvers = {
  // The finding with its beneficiary: asked for with the action, it names the person in the audit log.
  finding(action, _args, context) {
    return followUpOf(context).findings.one(followUpUser(context), action.findingId);
  },
};
