/** Departments' actions on findings and the recovery ledger's entries, each by the signed-in user. */
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { followUpOf, followUpUser } from '../follow-up.js';

export const FollowUpMutation: Pick<MutationResolvers, 'recordFindingAction' | 'recordRecovery' | 'requestWriteOff' | 'decideWriteOff'> = {
  recordFindingAction(_parent, args, context) {
    return followUpOf(context).findings.act(followUpUser(context), args);
  },
  recordRecovery(_parent, args, context) {
    return followUpOf(context).ledger.recordRecovery(followUpUser(context), args);
  },
  requestWriteOff(_parent, args, context) {
    return followUpOf(context).ledger.requestWriteOff(followUpUser(context), args);
  },
  decideWriteOff(_parent, args, context) {
    return followUpOf(context).ledger.decideWriteOff(followUpUser(context), args);
  },
};
