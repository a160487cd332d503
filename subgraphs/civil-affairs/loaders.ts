import DataLoader from 'dataloader';
import type { CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import type { DibaoHouseholdRecord, DibaoMemberRecord, ExtremePovertySupportRecord } from '../../adapters/civil-affairs/records.js';
import { isValidIdNumber } from '../../lib/id-number.js';

export interface CivilAffairsLoaders {
  /** Dibao memberships by normalised ID number (member rows, and heads known only from the household). */
  memberships: DataLoader<string, DibaoMemberRecord[]>;
  /** Households by household number: the second step after memberships. */
  household: DataLoader<string, DibaoHouseholdRecord | null>;
  /** The member rows of a household, by household number. */
  householdMemberRows: DataLoader<string, DibaoMemberRecord[]>;
  /** Extreme-poverty support records by normalised ID number. */
  support: DataLoader<string, ExtremePovertySupportRecord[]>;
}

// One tick collects every lookup of the request; the adapter chunks them into IN lists.
const BATCH = { maxBatchSize: 100_000 };

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createCivilAffairsLoaders(adapter: CivilAffairsAdapter): CivilAffairsLoaders {
  const household = new DataLoader<string, DibaoHouseholdRecord | null>(async (numbers) => {
    const found = await adapter.householdsByNumbers(numbers);
    return numbers.map((n) => found.get(n) ?? null);
  }, BATCH);
  return {
    household,
    memberships: new DataLoader(async (idNumbers) => {
      // An invalid ID number is nobody's: it matches nothing rather than a dirty legacy row.
      const { memberships, headedHouseholds } = await adapter.membershipsByIdNumbers(idNumbers.filter(isValidIdNumber));
      // The head lookup already read these households; resolving them again would cost statements.
      for (const [number, record] of headedHouseholds) household.prime(number, record);
      return idNumbers.map((id) => memberships.get(id) ?? []);
    }, BATCH),
    householdMemberRows: new DataLoader(async (numbers) => {
      const found = await adapter.memberRowsByHouseholdNumbers(numbers);
      return numbers.map((n) => found.get(n) ?? []);
    }, BATCH),
    support: new DataLoader(async (idNumbers) => {
      const found = await adapter.supportRecordsByIdNumbers(idNumbers.filter(isValidIdNumber));
      return idNumbers.map((id) => found.get(id) ?? []);
    }, BATCH),
  };
}
