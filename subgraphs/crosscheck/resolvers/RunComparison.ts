import type { RunComparisonResolvers } from '../__generated__/resolvers-types.js';
import { connection, findingCursor, findingCursorArgument, firstArgument } from '../paging.js';

export const RunComparison: RunComparisonResolvers = {
  async added({ a, b }, args, { service }) {
    const page = await service.store.comparisons.findings('added', a.id, b.id, firstArgument(args.first, 100), findingCursorArgument(args.after));
    return connection(page, findingCursor);
  },
  async removed({ a, b }, args, { service }) {
    const page = await service.store.comparisons.findings('removed', a.id, b.id, firstArgument(args.first, 100), findingCursorArgument(args.after));
    return connection(page, findingCursor);
  },
};
