import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { trimLegacyText } from '../../../lib/text.js';
import { badUserInput } from '../../../lib/errors.js';
import { idNumberArgument, periodArgument } from '../../runtime/arguments.js';
import { cursorArgument, firstArgument } from '../../runtime/payment-paging.js';
import { DEFAULT_SEARCH_PAGE, hoursArgument, instantArgument, MAX_SEARCH_PAGE, withinDaysArgument } from '../../runtime/payment-arguments.js';
import { linePage } from '../payments.js';
import { rollup } from '../rollup.js';
import { findMissed } from '../missed.js';
import { analystRegions, assertDivisionsInScope, paymentScope } from '../scope.js';

export const MAX_MISSED_PAGE = 10_000;

function missedCursor(idNumber: string): string {
  return Buffer.from(idNumber, 'utf8').toString('base64url');
}

function missedAfter(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const id = /^[A-Za-z0-9_-]{1,40}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (id === '' || missedCursor(id) !== cursor) throw badUserInput('after', 'is not an endCursor returned by this query');
  return id;
}

export const Query: QueryResolvers = {
  async payments(_parent, args, context) {
    const scope = paymentScope(context.sources(), args.filter, analystRegions(context));
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    assertDivisionsInScope(context, scope.division ? [scope.division] : [], 'filter.division');
    return linePage(context.sources(), { kind: 'search' }, scope, first, after);
  },

  async latePayments(_parent, args, context) {
    const scope = paymentScope(context.sources(), args.filter, analystRegions(context));
    const hours = hoursArgument(args.hours);
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    assertDivisionsInScope(context, scope.division ? [scope.division] : [], 'filter.division');
    return linePage(context.sources(), { kind: 'late', hours }, scope, first, after);
  },

  async unpaidFailures(_parent, args, context) {
    const scope = paymentScope(context.sources(), args.filter, analystRegions(context));
    if (scope.filter.status !== null && scope.filter.status !== 'FAILED') throw badUserInput('filter.status', 'must be FAILED or left out: only failed lines can be left unpaid');
    const withinDays = withinDaysArgument(args.withinDays);
    // One instant for every call of this request, so the calls judge the same windows.
    const asOf = instantArgument(args.asOf, 'asOf', context.now);
    const first = firstArgument(args.first, MAX_SEARCH_PAGE, DEFAULT_SEARCH_PAGE);
    const after = cursorArgument(args.after);
    assertDivisionsInScope(context, scope.division ? [scope.division] : [], 'filter.division');
    return linePage(context.sources(), { kind: 'unpaid', withinDays, asOf }, scope, first, after);
  },

  async disbursementRollup(_parent, args, context) {
    const scope = paymentScope(context.sources(), args.filter, analystRegions(context));
    assertDivisionsInScope(context, scope.division ? [scope.division] : [], 'filter.division');
    return rollup(context.sources(), scope, args.groupBy);
  },

  beneficiary(_parent, args) {
    // No department is asked here: the gateway asks each for its own facts of this key.
    return { idNumber: idNumberArgument(args.idNumber, 'idNumber') };
  },

  async missedPayments(_parent, args, context) {
    const code = trimLegacyText(args.programme);
    if (code === '') throw badUserInput('programme', 'must be a programme code');
    const period = periodArgument(args.period, 'period');
    let division: string | null = null;
    if (args.division != null) {
      division = trimLegacyText(args.division);
      if (!/^\d{2,12}$/.test(division)) throw badUserInput('division', 'must be 2 to 12 leading digits of a division code (6: county, 9: township, 12: village)');
    }
    const first = firstArgument(args.first, MAX_MISSED_PAGE, 1000);
    const after = missedAfter(args.after);
    const sources = context.sources();
    const programme = await sources.programme(code, period);
    if (!programme) throw badUserInput('programme', `names no programme: "${code}"`);
    const regions = division ? [division] : programme.countyCodes;
    if (regions.length === 0) throw badUserInput('division', `must be given: programme ${code} has no batch for ${period} to take the counties from`);
    assertDivisionsInScope(context, regions, 'division');
    const { missed, eligibleCount } = await findMissed(sources, programme, period, regions);
    const start = after === null ? 0 : missed.findIndex((p) => p.idNumber > after);
    const rest = start < 0 ? [] : missed.slice(start);
    const items = rest.slice(0, first);
    return {
      items: items.map((p) => ({ person: { idNumber: p.idNumber }, divisionCode: p.divisionCode, evidence: p.evidence })),
      pageInfo: { hasNextPage: rest.length > first, endCursor: items.length > 0 ? missedCursor(items.at(-1)!.idNumber) : null },
      totalCount: missed.length,
      eligibleCount,
    };
  },
};
