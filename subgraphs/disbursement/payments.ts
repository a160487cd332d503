/** Pages of payment lines (a search or a process check), across the persons of a township or village when asked. */
import { chunk } from '../../lib/chunks.js';
import { compareLineIds } from '../../lib/line-ids.js';
import type { PaymentPageParent } from './mappers.js';
import type { PaymentScope } from './scope.js';
import { IDS_PER_CALL, type DisbursementSources, type LineEdge, type LineQuery, type Totals } from './sources.js';

function page(edges: LineEdge[], hasNextPage: boolean, totals: () => Promise<Totals>): PaymentPageParent {
  let pending: Promise<Totals> | null = null;
  return {
    edges: edges.map((e) => ({ cursor: e.id, node: { id: e.id }, note: e.note })),
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.id ?? null },
    totals: () => (pending ??= totals()),
  };
}

/**
 * One page. For a township or village the register's persons are passed to finance in calls of at
 * most 10,000 ID numbers, asked at once; each answers its first `first` lines after the cursor in
 * line-id order, so merging them and cutting at `first` is the page. Totals add up across calls:
 * the calls share no person.
 */
export async function linePage(sources: DisbursementSources, query: LineQuery, scope: PaymentScope, first: number, after: string | null): Promise<PaymentPageParent> {
  if (scope.persons === null) {
    const found = await sources.linePage(query, scope.financeFilter, first, after);
    return page(found.edges, found.hasNextPage, () => sources.lineTotals(query, scope.financeFilter));
  }
  const persons = await scope.persons();
  const calls = chunk(persons, IDS_PER_CALL).map((idNumbers) => ({ ...scope.financeFilter, idNumbers }));
  const pages = await Promise.all(calls.map((filter) => sources.linePage(query, filter, first, after)));
  const merged = pages.flatMap((p) => p.edges).sort((a, b) => compareLineIds(a.id, b.id));
  const hasNextPage = merged.length > first || pages.some((p) => p.hasNextPage);
  return page(merged.slice(0, first), hasNextPage, async () => {
    const parts = await Promise.all(calls.map((filter) => sources.lineTotals(query, filter)));
    return parts.reduce((sum, t) => ({ lineCount: sum.lineCount + t.lineCount, personCount: sum.personCount + t.personCount, totalFen: sum.totalFen + t.totalFen }), {
      lineCount: 0,
      personCount: 0,
      totalFen: 0,
    });
  });
}
