import type { IsoDate } from '../../lib/dates.js';

export type CardStatus = 'NOT_ACTIVATED' | 'ACTIVE' | 'REPORTED_LOST' | 'CANCELLED' | 'UNRECOGNISED';
export type EmployerType = 'GOVERNMENT_ORGAN' | 'PUBLIC_INSTITUTION' | 'ENTERPRISE' | 'OTHER' | 'UNRECOGNISED';

/** A social security card and the bank account it carries, normalised. */
export interface SocialSecurityCardRecord {
  cardNumber: string;
  /** Normalised holder ID as stored; null when the card names no holder. Not necessarily a valid ID. */
  holderIdNumber: string | null;
  holderName: string | null;
  bankCode: string | null;
  /** Trimmed; null when the card carries no account. */
  accountNumber: string | null;
  status: CardStatus;
  statusCode: string | null;
  issueDate: IsoDate | null;
}

/** What the screening rules read of a card carrying an account: each field as its SocialSecurityCardRecord has it. */
export type AccountCard = Pick<SocialSecurityCardRecord, 'cardNumber' | 'holderIdNumber' | 'status' | 'statusCode'>;

/** One period of insured employment through an employer, normalised. */
export interface InsuredEmploymentRecord {
  recordId: string;
  idNumber: string;
  employerNumber: string | null;
  employerName: string | null;
  employerType: EmployerType;
  employerTypeCode: string | null;
  startDate: IsoDate | null;
  /** The stored start when it holds neither NULL, blank nor a real date; null otherwise. */
  startDateUnreadable: string | null;
  /** Null while the employment is open, and when the end is unreadable (see below). */
  endDate: IsoDate | null;
  /** The stored end when it holds neither NULL, blank nor a real date; null otherwise. */
  endDateUnreadable: string | null;
}
