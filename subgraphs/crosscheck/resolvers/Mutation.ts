import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireCaller } from '../caller.js';
import { assertRunInScope, runArgument } from './Query.js';

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
    // A finding is reviewed by analysts of its run's counties only; an unknown one is the service's error.
    const finding = (await context.service.store.findings.byIds([args.findingId.trim()])).get(args.findingId.trim());
    const run = finding && (await context.loaders.run.load(finding.runId));
    if (run) await assertRunInScope(run, context);
    return context.service.review({ findingId: args.findingId.trim(), decision: args.decision, reason: args.reason, user: caller });
  },
};
