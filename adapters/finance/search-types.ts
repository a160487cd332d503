/** The vocabulary of the payment-line searches: what to find, and what comes back. */
import type { Fen } from '../../lib/money.js';
import type { FundingLevel, PaymentLineRecord, PaymentLineStatus, ResponsibleDepartment } from './records.js';

/** What lines to find; every condition narrows, null means "any". Values are already validated. */
export interface PaymentLineFilter {
  /** Leading digits (at most 6) of the county that disburses the batch. */
  countyPrefix: string | null;
  programmeCode: string | null;
  department: ResponsibleDepartment | null;
  fundingLevel: FundingLevel | null;
  /** `YYYYMM`, both inclusive. */
  periodFrom: string | null;
  periodTo: string | null;
  status: PaymentLineStatus | null;
  amountMinFen: Fen | null;
  amountMaxFen: Fen | null;
  /** Normalised ID number. */
  idNumber: string | null;
  /** Part of the beneficiary's name as entered (padding does not matter to a substring). */
  nameContains: string | null;
  /** Only lines of these normalised ID numbers; null means no such restriction. */
  idNumbers: readonly string[] | null;
}

export const EMPTY_FILTER: PaymentLineFilter = {
  countyPrefix: null,
  programmeCode: null,
  department: null,
  fundingLevel: null,
  periodFrom: null,
  periodTo: null,
  status: null,
  amountMinFen: null,
  amountMaxFen: null,
  idNumber: null,
  nameContains: null,
  idNumbers: null,
};

export interface PaymentTotals {
  lineCount: number;
  /** Distinct normalised ID numbers. */
  personCount: number;
  totalFen: Fen;
}

/** A line found by a search or a check, with the check's reason in plain words (null for a plain search). */
export interface FoundLine {
  line: PaymentLineRecord;
  note: string | null;
}

export interface FoundPage {
  items: FoundLine[];
  hasNextPage: boolean;
}

export type RollupDimension = 'PROGRAMME' | 'PERIOD' | 'FUNDING_LEVEL' | 'DEPARTMENT' | 'COUNTY' | 'STATUS';

export interface PersonGroup {
  key: string;
  idNumbers: readonly string[];
}

export interface RollupRow {
  programmeCode: string | null;
  period: string | null;
  fundingLevel: FundingLevel | null;
  fundingLevelCode: string | null;
  department: ResponsibleDepartment | null;
  departmentCode: string | null;
  countyCode: string | null;
  status: PaymentLineStatus | null;
  personGroup: string | null;
  lineCount: number;
  personCount: number;
  totalFen: Fen;
}

/** The process check a search applies on top of the filter. */
export type LineCheck = { kind: 'LATE_CREDIT'; thresholdSeconds: number };

export interface UnpaidCheck {
  /** A failed line counts as re-issued by a not-failed line sent to the bank within this many seconds after it. */
  withinSeconds: number;
  /** ISO instant: only failed lines whose window has closed by then are reported. */
  asOf: string;
}
