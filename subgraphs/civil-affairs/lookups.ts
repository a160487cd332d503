import type DataLoader from 'dataloader';
import type { DibaoHouseholdRecord, DibaoMemberRecord } from '../../adapters/civil-affairs/records.js';
import type { CivilAffairsLoaders } from './loaders.js';

/** `loadMany` that fails like `load`: a department error must surface, not become a value. */
export async function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
}

export interface HouseholdOfMembership {
  householdNumber: string;
  /** Null when a member row names a household that the household register does not hold. */
  household: DibaoHouseholdRecord | null;
  memberships: DibaoMemberRecord[];
}

/**
 * A person's households, each once (a person may have two rows in one household), in
 * membership order: memberships first, then their households, each step one batched loader.
 */
export async function householdsOfPerson(loaders: CivilAffairsLoaders, idNumber: string): Promise<HouseholdOfMembership[]> {
  const memberships = await loaders.memberships.load(idNumber);
  return householdsOfMemberships(loaders, memberships);
}

export async function householdsOfMemberships(loaders: CivilAffairsLoaders, memberships: readonly DibaoMemberRecord[]): Promise<HouseholdOfMembership[]> {
  const byNumber = new Map<string, DibaoMemberRecord[]>();
  for (const membership of memberships) {
    const list = byNumber.get(membership.householdNumber);
    if (list) list.push(membership);
    else byNumber.set(membership.householdNumber, [membership]);
  }
  const numbers = [...byNumber.keys()];
  const households = await loadAll(loaders.household, numbers);
  return numbers.map((householdNumber, i) => ({ householdNumber, household: households[i] ?? null, memberships: byNumber.get(householdNumber)! }));
}
