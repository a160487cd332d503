import type { IsoDate } from '../../lib/dates.js';

export type DisabilityCategory =
  | 'VISUAL'
  | 'HEARING'
  | 'SPEECH'
  | 'PHYSICAL'
  | 'INTELLECTUAL'
  | 'MENTAL'
  | 'MULTIPLE'
  | 'UNRECOGNISED';

/** A second-generation disability certificate (第二代残疾人证), normalised. */
export interface DisabilityCertificateRecord {
  /** Upper-case, unpadded: the holder's ID number, then the category digit and the level digit. */
  certificateNumber: string;
  idNumber: string;
  name: string | null;
  category: DisabilityCategory;
  categoryCode: string | null;
  /** 1 (most severe) to 4; null when the stored code is anything else. */
  level: number | null;
  levelCode: string | null;
  issueDate: IsoDate | null;
  /** The stored text of a date that holds neither NULL, blank nor a real date; null otherwise. */
  issueDateUnreadable: string | null;
  /** Inclusive: the certificate is still valid on this day. */
  validUntil: IsoDate | null;
  validUntilUnreadable: string | null;
  cancellationDate: IsoDate | null;
  cancellationDateUnreadable: string | null;
}

/** What the screening rules read of a certificate (subgraphs/disability/screening.ts): all but the holder's name, as its record has it. */
export type ScreeningCertificate = Omit<DisabilityCertificateRecord, 'name'>;

/** One page of holders' ID numbers, keyset-paginated over the certificate numbers. */
export interface PersonIdPage {
  idNumbers: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}
