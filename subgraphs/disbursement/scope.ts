/**
 * Where a question looks: finance's own filter, plus — for a township or village — the persons the
 * population register places there, read at query time. Also the caller's region scope: this
 * service asks the gateway as a hub service, so an analyst's regions are enforced here, before
 * anything is asked.
 */
import { accessOf } from '../../access/enforce.js';
import { assertRegionInScope, forbiddenOutsideScope } from '../../access/scope.js';
import { parsePaymentFilter, type PaymentFilterInput } from '../runtime/payment-arguments.js';
import type { PaymentLineFilter } from '../../adapters/finance/search-types.js';
import type { DisbursementContext } from './context.js';
import type { DisbursementSources, FinanceFilterInput } from './sources.js';

export interface PaymentScope {
  /** Validated filter (for checks made here). */
  filter: PaymentLineFilter;
  /** The division prefix as given, any length, or null. */
  division: string | null;
  /** What finance is asked: the client's filter without a township or village prefix. */
  financeFilter: FinanceFilterInput;
  /** A township or village prefix: the register's persons there, read on first use. */
  persons: (() => Promise<string[]>) | null;
}

/**
 * The client's filter, validated here first so errors name this service's own arguments. For an
 * analyst (`regions`), a township or village means the lines of their counties' batches paying the
 * persons registered there: a line of another county's batch is outside their scope, and lists leave
 * it out.
 */
export function paymentScope(sources: DisbursementSources, input: PaymentFilterInput | null | undefined, regions: readonly string[] | null = null): PaymentScope {
  const { filter, division } = parsePaymentFilter(input, { path: 'filter', maxDivisionDigits: 12 });
  const financeFilter = Object.fromEntries(Object.entries(input ?? {}).filter(([key, value]) => value != null && key !== 'idNumbers')) as FinanceFilterInput;
  let persons: PaymentScope['persons'] = null;
  if (division !== null && division.length > 6) {
    // Finance knows only the disbursing county; the register knows where a person lives.
    delete financeFilter.division;
    const covering = regions?.filter((region) => division.startsWith(region)).sort((a, b) => b.length - a.length)[0];
    if (covering !== undefined) financeFilter.division = covering.slice(0, 6);
    let pending: Promise<string[]> | null = null;
    persons = () => (pending ??= sources.personsInDivision(division));
  }
  return { filter, division, financeFilter, persons };
}

/**
 * An analyst works within their regions: the question must name a division inside them. Hub
 * services and department staff are not limited by region here (the gateway masks by role).
 */
/** The regions of an analyst caller; null for anyone else. */
export function analystRegions(context: DisbursementContext): string[] | null {
  const identity = accessOf(context)?.identity;
  return identity?.role === 'analyst' ? identity.regions : null;
}

export function assertDivisionsInScope(context: DisbursementContext, divisions: readonly string[], argumentName: string): void {
  const identity = accessOf(context)?.identity;
  if (!identity || identity.role !== 'analyst') return;
  if (divisions.length === 0) throw forbiddenOutsideScope(identity, `a question without "${argumentName}"`);
  for (const division of divisions) assertRegionInScope(identity, division, `division ${division}`);
}
