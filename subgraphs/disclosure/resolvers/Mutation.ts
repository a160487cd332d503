import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { identityOf } from '../../../access/enforce.js';

export const Mutation: MutationResolvers = {
  submitComplaint: async (_parent, args, context) => {
    const record = await context.service.submitComplaint(identityOf(context), args.input);
    // The receipt only: what was written and who wrote it are not sent back.
    return { trackingNumber: record.trackingNumber, department: record.department, status: record.status, submittedAt: record.submittedAt };
  },
  replyToComplaint: (_parent, args, context) => context.complaints.reply(identityOf(context), args),
  transferComplaint: (_parent, args, context) => context.complaints.transfer(identityOf(context), args),
  closeComplaint: (_parent, args, context) => context.complaints.close(identityOf(context), args),
};
