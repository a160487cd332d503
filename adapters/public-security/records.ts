import type { IsoDate } from '../../lib/dates.js';

export type Sex = 'MALE' | 'FEMALE' | 'UNKNOWN';
export type RegistrationStatus = 'NORMAL' | 'DECEASED' | 'CANCELLED' | 'UNRECOGNISED';

/** A person as the population register knows them, normalised. */
export interface RegistrationRecord {
  idNumber: string;
  name: string | null;
  sex: Sex;
  sexCode: string | null;
  birthDate: IsoDate | null;
  /**
   * The stored text of a date column that holds neither NULL, blank nor a real date (`20240230`);
   * null otherwise. The date beside it is then null; the rules decide what the value means.
   */
  birthDateUnreadable: string | null;
  ethnicCode: string | null;
  divisionCode: string | null;
  countyCode: string | null;
  address: string | null;
  status: RegistrationStatus;
  statusCode: string | null;
  deathDate: IsoDate | null;
  deathDateUnreadable: string | null;
  cancellationDate: IsoDate | null;
  cancellationDateUnreadable: string | null;
  updatedAt: string | null;
}

/**
 * What the screening rules read of a registration (subgraphs/public-security/screening.ts): each
 * field exactly as the full RegistrationRecord has it, the other columns not read at all.
 */
export type ScreeningRegistration = Pick<
  RegistrationRecord,
  | 'idNumber'
  | 'name'
  | 'birthDate'
  | 'birthDateUnreadable'
  | 'divisionCode'
  | 'status'
  | 'statusCode'
  | 'deathDate'
  | 'deathDateUnreadable'
  | 'cancellationDate'
  | 'cancellationDateUnreadable'
>;
