/**
 * The members of the dibao households active on a day, a page at a time: for the hub's
 * disbursement checks (who should have been paid under a DIBAO programme). Households are read in
 * household-number order; whether a guarantee is active is decided by the same rule as everywhere
 * in this subgraph (rules.ts), so the page agrees with `onDibaoAt` and `screenDibao`.
 */
import { householdMembersWithHead, type CivilAffairsAdapter } from '../../adapters/civil-affairs/adapter.js';
import type { IsoDate } from '../../lib/dates.js';
import { isValidIdNumber } from '../../lib/id-number.js';
import type { CivilAffairsLoaders } from './loaders.js';
import { loadAll } from './lookups.js';
import { guaranteeActiveAt } from './rules.js';

export interface ActiveMembersPage {
  idNumbers: string[];
  /** The household number (as stored) the page ends with; null when the page is empty. */
  lastHousehold: string | null;
  hasNextPage: boolean;
}

const HOUSEHOLD_FETCH = 500;

export function encodeHouseholdCursor(stored: string): string {
  return Buffer.from(stored, 'utf8').toString('base64url');
}

export function decodeHouseholdCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(cursor)) return null;
  const stored = Buffer.from(cursor, 'base64url').toString('utf8');
  return stored !== '' && encodeHouseholdCursor(stored) === cursor ? stored : null;
}

export async function activeDibaoMembers(
  adapter: CivilAffairsAdapter,
  loaders: CivilAffairsLoaders,
  query: { date: IsoDate; divisionPrefix: string | null; first: number; afterHousehold: string | null },
): Promise<ActiveMembersPage> {
  const page = new Set<string>();
  let lastIncluded: string | null = null;
  let afterStored = query.afterHousehold;
  for (;;) {
    const block = await adapter.householdsStartedBy({ day: query.date, divisionPrefix: query.divisionPrefix, afterStored, limit: HOUSEHOLD_FETCH });
    const active = block.households.filter(({ record }) => guaranteeActiveAt(record, query.date));
    const memberRows = await loadAll(loaders.householdMemberRows, active.map(({ record }) => record.householdNumber));
    for (const [i, { stored, record }] of active.entries()) {
      const ids = householdMembersWithHead(record, memberRows[i] ?? [])
        .map((member) => member.idNumber)
        .filter((id): id is string => id !== null && isValidIdNumber(id) && !page.has(id));
      const unique = [...new Set(ids)];
      if (lastIncluded !== null && page.size + unique.length > query.first) return { idNumbers: [...page], lastHousehold: lastIncluded, hasNextPage: true };
      for (const id of unique) page.add(id);
      lastIncluded = stored;
    }
    if (block.exhausted || block.lastStored === null) return { idNumbers: [...page], lastHousehold: lastIncluded, hasNextPage: false };
    // Households read but not active still move the keyset on.
    afterStored = block.lastStored;
    if (page.size >= query.first) {
      // Full: the next page starts after the last household read, active or not.
      return { idNumbers: [...page], lastHousehold: block.lastStored, hasNextPage: true };
    }
  }
}
