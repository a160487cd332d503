/** The root fields of the follow-up of findings: departments' findings, the recovery ledger, the lines finance resolves. */
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../lib/errors.js';
import { followUpOf, followUpUser } from '../follow-up.js';
import { connection, findingCursor, findingCursorArgument, firstArgument } from '../paging.js';

const MAX_LINES = 1000;

export const FollowUpQuery: Pick<QueryResolvers, 'followUpFindings' | 'recoveryLedger' | 'followUpLines'> = {
  async followUpFindings(_parent, args, context) {
    const page = await followUpOf(context).findings.page(followUpUser(context), {
      batchNumber: args.batchNumber,
      period: args.period,
      rule: args.rule,
      status: args.status,
      first: firstArgument(args.first, 100),
      after: findingCursorArgument(args.after),
    });
    return connection(page, (view) => findingCursor(view.finding));
  },

  async recoveryLedger(_parent, args, context) {
    return followUpOf(context).ledger.ledger(followUpUser(context), args);
  },

  followUpLines(_parent, args) {
    if (args.ids.length > MAX_LINES) throw badUserInput('ids', `holds more than ${MAX_LINES} line ids`);
    return args.ids.map((id) => {
      if (!/^\d{1,20}$/.test(id)) throw badUserInput('ids', `holds "${id}", which is not a line id`);
      return { id };
    });
  },
};
