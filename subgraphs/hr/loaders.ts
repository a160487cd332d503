import DataLoader from 'dataloader';
import type { HrAdapter } from '../../adapters/hr/adapter.js';
import type { InsuredEmploymentRecord, SocialSecurityCardRecord } from '../../adapters/hr/records.js';

export interface HrLoaders {
  /** By normalised holder ID number. */
  cardsByHolder: DataLoader<string, SocialSecurityCardRecord[]>;
  /** By trimmed account number. */
  cardsByAccount: DataLoader<string, SocialSecurityCardRecord[]>;
  /** By trimmed card number. */
  cardByNumber: DataLoader<string, SocialSecurityCardRecord | null>;
  /** By normalised ID number. */
  employments: DataLoader<string, InsuredEmploymentRecord[]>;
}

// One tick collects every lookup of the request; the adapter chunks them into IN lists.
const BATCH = { maxBatchSize: 100_000 };

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createHrLoaders(adapter: HrAdapter): HrLoaders {
  return {
    cardsByHolder: new DataLoader(async (ids) => {
      const found = await adapter.cardsByHolderIdNumbers(ids);
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH),
    cardsByAccount: new DataLoader(async (accounts) => {
      const found = await adapter.cardsByAccountNumbers(accounts);
      return accounts.map((account) => found.get(account) ?? []);
    }, BATCH),
    cardByNumber: new DataLoader(async (numbers) => {
      const found = await adapter.cardsByCardNumbers(numbers);
      return numbers.map((n) => found.get(n) ?? null);
    }, BATCH),
    employments: new DataLoader(async (ids) => {
      const found = await adapter.employmentsByIdNumbers(ids);
      return ids.map((id) => found.get(id) ?? []);
    }, BATCH),
  };
}
