import type { Totals } from './sources.js';

/** A Person as this service hands it on: the key only; the departments fill in the rest. */
export interface PersonParent {
  idNumber: string;
}

/** A payment line as this service hands it on: the key only; finance fills in the rest. */
export interface PaymentLineParent {
  id: string;
}

export interface ProgrammeParent {
  code: string;
}

export type TotalsParent = Totals;

/** A page of lines; the totals are asked of finance only when a client selects them. */
export interface PaymentPageParent {
  edges: Array<{ cursor: string; node: PaymentLineParent; note: string | null }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totals: () => Promise<Totals>;
}

export interface RollupRowParent {
  programmeCode: string | null;
  period: string | null;
  fundingLevel: string | null;
  fundingLevelCode: string | null;
  department: string | null;
  departmentCode: string | null;
  status: string | null;
  divisionCode: string | null;
  lineCount: number;
  personCount: number;
  totalFen: number;
}
