import type { IsoDate } from '../../lib/dates.js';
import type { Fen } from '../../lib/money.js';

export type ResponsibleDepartment =
  | 'FINANCE'
  | 'CIVIL_AFFAIRS'
  | 'HR'
  | 'DISABILITY'
  | 'AGRICULTURE'
  | 'HEALTH'
  | 'EDUCATION'
  | 'VETERANS'
  | 'UNRECOGNISED';
export type FundingLevel = 'CENTRAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'COUNTY' | 'UNRECOGNISED';
export type PaymentCycle = 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'ONE_OFF' | 'UNRECOGNISED';
export type BatchStatus = 'DRAFTED' | 'APPROVED' | 'SENT_TO_BANK' | 'PAID' | 'PARTLY_FAILED' | 'UNRECOGNISED';
export type PaymentLineStatus = 'PENDING' | 'CREDITED' | 'FAILED' | 'UNRECOGNISED';
export type AccountType = 'SOCIAL_SECURITY_CARD' | 'BANK_CARD' | 'PASSBOOK' | 'UNRECOGNISED';

/** A subsidy programme (BT_XM), normalised. */
export interface ProgrammeRecord {
  code: string;
  name: string | null;
  department: ResponsibleDepartment;
  departmentCode: string | null;
  fundingLevel: FundingLevel;
  fundingLevelCode: string | null;
  paymentCycle: PaymentCycle;
  paymentCycleCode: string | null;
  /** Standard amount per person per payment; null when the programme has none (amounts vary). */
  standardAmountFen: Fen | null;
  /** Eligibility condition code as stored (DIBAO, TEKUN, ...), trimmed; null when none is checked. */
  eligibilityCondition: string | null;
  policyBasis: string | null;
  published: boolean;
  year: string | null;
}

/** A disbursement batch (FF_PC), normalised; line count and total come separately (an aggregate). */
export interface BatchRecord {
  batchNumber: string;
  programmeCode: string | null;
  /** `YYYYMM` as stored (trimmed): the first month the payment covers. */
  period: string | null;
  periodStart: IsoDate | null;
  countyCode: string | null;
  status: BatchStatus;
  statusCode: string | null;
  enteredBy: string | null;
  approvedBy: string | null;
  sentToBankAt: string | null;
}

export interface BatchTotals {
  lineCount: number;
  totalFen: Fen;
}

/** A payment line (FF_MX) together with the batch it belongs to. */
export interface PaymentLineRecord {
  /** MXID as decimal text: BIGINT does not fit a JavaScript number in general. */
  id: string;
  batch: BatchRecord;
  /** SFZH exactly as entered, padding and lower-case x included ('' when NULL). */
  idNumberAsEntered: string;
  idNumber: string;
  idNumberValid: boolean;
  name: string | null;
  accountNumber: string | null;
  amountFen: Fen;
  status: PaymentLineStatus;
  statusCode: string | null;
  failureReason: string | null;
  creditedAt: string | null;
}

/** A registered receiving account (BT_DXZH), normalised. */
export interface RegisteredAccountRecord {
  recordId: string;
  idNumber: string;
  holderName: string | null;
  accountType: AccountType;
  accountTypeCode: string | null;
  bankCode: string | null;
  accountNumber: string | null;
  inUse: boolean;
  registeredOn: IsoDate | null;
}
