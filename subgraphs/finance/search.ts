/** Glue between the search queries' arguments and the adapter's payment queries. */
import type { PaymentLineFilter, PersonGroup, FoundPage, PaymentTotals, RollupDimension } from '../../adapters/finance/search-types.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { badUserInput } from '../../lib/errors.js';
import type { FinanceContext } from './context.js';
import { MAX_FILTER_ID_NUMBERS, parsePaymentFilter, type PaymentFilterInput } from '../runtime/payment-arguments.js';
import type { SearchConnectionParent } from './mappers.js';
import { cursorOf } from '../runtime/payment-paging.js';

export const MAX_PAYMENT_ID_NUMBERS = 200_000;

const REGISTER_HINT = '; finance knows only the county that disburses a batch: for a township or village ask the disbursement service (`payments`)';

/** The filter argument, with the programme checked against the programme list (one batched lookup). */
export async function searchFilter(input: PaymentFilterInput | null | undefined, { loaders }: FinanceContext): Promise<PaymentLineFilter> {
  const { filter } = parsePaymentFilter(input, { path: 'filter', maxDivisionDigits: 6, registerHint: REGISTER_HINT });
  if (filter.programmeCode !== null && (await loaders.programme.load(filter.programmeCode)) === null) {
    throw badUserInput('filter.programme', `names no programme: "${filter.programmeCode}"`);
  }
  return filter;
}

export function searchConnection(page: FoundPage, totals: () => Promise<PaymentTotals>): SearchConnectionParent {
  const last = page.items.at(-1);
  let pending: Promise<PaymentTotals> | null = null;
  return {
    edges: page.items.map(({ line, note }) => ({ cursor: cursorOf(line.id), node: line, note })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? cursorOf(last.line.id) : null },
    totals: () => (pending ??= totals()),
  };
}

export function rollupArguments(
  groupBy: readonly RollupDimension[],
  personGroups: ReadonlyArray<{ key: string; idNumbers: readonly string[] }> | null | undefined,
  filter: PaymentLineFilter,
): { dimensions: RollupDimension[]; personGroups: PersonGroup[] | null } {
  const dimensions = [...new Set(groupBy)];
  if (personGroups == null) return { dimensions, personGroups: null };
  if (filter.idNumbers !== null) throw badUserInput('personGroups', 'cannot be combined with filter.idNumbers: the groups already say whose lines count');
  const seen = new Set<string>();
  let count = 0;
  const groups = personGroups.map((group) => {
    const ids = group.idNumbers.map((id) => normaliseIdNumber(id));
    count += ids.length;
    for (const id of ids) {
      if (seen.has(id)) throw badUserInput('personGroups', 'lists one person in two groups (or twice): each person belongs to one group');
      seen.add(id);
    }
    return { key: group.key, idNumbers: ids };
  });
  if (count > MAX_FILTER_ID_NUMBERS) throw badUserInput('personGroups', `holds ${count} ID numbers; at most ${MAX_FILTER_ID_NUMBERS} per call`);
  return { dimensions, personGroups: groups };
}
