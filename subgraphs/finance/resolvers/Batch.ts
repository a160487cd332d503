import type { BatchResolvers } from '../__generated__/resolvers-types.js';
import { fenToDecimal } from '../../../lib/money.js';
import { batchDuties } from '../../../adapters/finance/batch-duties.js';
import { trimLegacyText } from '../../../lib/text.js';
import { cursorArgument, cursorOf, firstArgument } from '../../runtime/payment-paging.js';

export const MAX_LINES_PAGE = 5000;

export const Batch: BatchResolvers = {
  __resolveReference(reference, { loaders }) {
    return loaders.batch.load(trimLegacyText(reference.batchNumber));
  },
  programme(batch, _args, { loaders }) {
    return batch.programmeCode === null ? null : loaders.programme.load(batch.programmeCode);
  },
  approvedAt: (batch) => batchDuties(batch).approvedAt,
  unrecordedFields: (batch) => [...batchDuties(batch).unrecordedFields],
  lineCount(batch, _args, { loaders }) {
    return loaders.batchFigures.lineCount(batch.batchNumber);
  },
  async totalAmount(batch, _args, { loaders }) {
    return fenToDecimal((await loaders.batchFigures.totals(batch.batchNumber)).totalFen);
  },
  async lines(batch, args, { adapter }) {
    const first = firstArgument(args.first, MAX_LINES_PAGE, 100);
    const after = cursorArgument(args.after);
    const page = await adapter.linesPage([batch.batchNumber], after, first);
    const last = page.lines.at(-1);
    return {
      edges: page.lines.map((node) => ({ cursor: cursorOf(node.id), node })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? cursorOf(last.id) : null },
    };
  },
};
