import DataLoader from 'dataloader';
import { listLoader } from '../runtime/list-loader.js';
import type { CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import type {
  DibaoHouseholdRecord,
  DibaoMemberRecord,
  ExtremePovertySupportRecord,
  ScreeningHousehold,
  ScreeningSupport,
} from '../../adapters/civil-affairs/records.js';
import type { ScreeningMembershipLookup } from '../../adapters/civil-affairs/adapter.js';
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
  /**
   * The screening's reads, only the columns the rules read: the memberships of a list of normalised
   * ID numbers with the households they head, then the other households by number; support records.
   * One list per key (runtime/list-loader.ts); invalid ID numbers match nothing, as for `memberships`
   * and `support`.
   */
  screeningMemberships: DataLoader<readonly string[], ScreeningMembershipLookup>;
  screeningHouseholds: DataLoader<readonly string[], ReadonlyMap<string, ScreeningHousehold>>;
  screeningSupport: DataLoader<readonly string[], ReadonlyMap<string, ScreeningSupport[]>>;
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
    screeningMemberships: listLoader((ids) => adapter.screeningMembershipsByIdNumbers(ids.filter(isValidIdNumber))),
    screeningHouseholds: listLoader((numbers) => adapter.screeningHouseholdsByNumbers(numbers)),
    screeningSupport: listLoader((ids) => adapter.screeningSupportByIdNumbers(ids.filter(isValidIdNumber))),
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
