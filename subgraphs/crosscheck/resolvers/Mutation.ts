import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireCaller } from '../caller.js';
import { runArgument } from './Query.js';

export const Mutation: MutationResolvers = {
  async startCrosscheck(_parent, args, context) {
    const caller = requireCaller(context);
    return context.service.start({ batchNumber: args.batchNumber, batchNumbers: args.batchNumbers, programmeCode: args.programmeCode, period: args.period }, caller);
  },

  async rerunCrosscheck(_parent, args, context) {
    const caller = requireCaller(context);
    const run = await runArgument(args.runId, 'runId', context);
    return context.service.rerun(run.id, caller);
  },

  async reviewFinding(_parent, args, context) {
    const caller = requireCaller(context);
    return context.service.review({ findingId: args.findingId.trim(), decision: args.decision, reason: args.reason, user: caller });
  },
};
