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
  ethnicCode: string | null;
  divisionCode: string | null;
  countyCode: string | null;
  address: string | null;
  status: RegistrationStatus;
  statusCode: string | null;
  deathDate: IsoDate | null;
  cancellationDate: IsoDate | null;
  updatedAt: string | null;
}
