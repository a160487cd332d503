import type { CrosscheckRunResolvers } from '../__generated__/resolvers-types.js';

export const CrosscheckRun: CrosscheckRunResolvers = {
  rerunOf(run, _args, { loaders }) {
    return run.rerunOf === null ? null : loaders.run.load(run.rerunOf);
  },
  summary(run, _args, { loaders }) {
    return loaders.summary.load(run.id);
  },
  batchFindings(run, args, { service }) {
    return service.store.batchFindings.ofRun(run.id, { includePassed: args.includePassed ?? false });
  },
};
