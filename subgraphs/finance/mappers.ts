import type { PaymentLineRecord } from '../../adapters/finance/records.js';
import type { PaymentTotals } from '../../adapters/finance/search-types.js';

/** A Person as this subgraph passes it between resolvers: just the normalised key. */
export interface PersonParent {
  idNumber: string;
}

/** Totals in fen; `PaymentTotals.totalAmount` turns them into a Decimal. */
export type TotalsParent = PaymentTotals;

/** A page of a search or process check; its totals are read only when a client asks for them. */
export interface SearchConnectionParent {
  edges: Array<{ cursor: string; node: PaymentLineRecord; note: string | null }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totals: () => Promise<PaymentTotals>;
}
