import type { IsoDate } from '../../lib/dates.js';

export type SentenceType =
  | 'FIXED_TERM_IMPRISONMENT'
  | 'LIFE_IMPRISONMENT'
  | 'DEATH_WITH_REPRIEVE'
  | 'CRIMINAL_DETENTION'
  | 'PUBLIC_SURVEILLANCE'
  | 'SUSPENDED_SENTENCE'
  | 'UNRECOGNISED';

/** A sentence being or having been executed, normalised. */
export interface SentenceRecord {
  offenderNumber: string;
  idNumber: string;
  name: string | null;
  type: SentenceType;
  typeCode: string | null;
  /** Served in a prison or detention house (types 01–04); 05 and 06 are served in the community. */
  custodial: boolean;
  startDate: IsoDate | null;
  /** The stored text of XQQR-like columns that hold neither NULL, blank nor a real date; null otherwise. */
  startDateUnreadable: string | null;
  /** End of the term as sentenced; null for life imprisonment and death with reprieve. */
  endDate: IsoDate | null;
  endDateUnreadable: string | null;
  /** Early release or parole, when it differs from the end of the term. */
  actualReleaseDate: IsoDate | null;
  actualReleaseDateUnreadable: string | null;
  /**
   * The day custody ends: the readable actual release date, else the readable end of the term,
   * else null (never released: no end, or an unreadable one).
   */
  releaseDate: IsoDate | null;
  facility: string | null;
}

/** What the custody rule and its evidence read of a sentence (subgraphs/justice/custody.ts): as its SentenceRecord has it. */
export type CustodySentence = Omit<SentenceRecord, 'name' | 'facility'>;
