import DataLoader from 'dataloader';
import type { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import type { RegistrationRecord, ScreeningRegistration } from '../../adapters/public-security/records.js';

export interface PublicSecurityLoaders {
  registration: DataLoader<string, RegistrationRecord | null>;
  /**
   * What the screening rules read of the registrations of a list of normalised ID numbers, by ID
   * (absent: not registered). A key is a whole list: the lists asked for in one tick are read
   * together, with a promise per list rather than one per ID (thousands per screening question).
   */
  screening: DataLoader<readonly string[], ReadonlyMap<string, ScreeningRegistration>>;
}

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createPublicSecurityLoaders(adapter: PublicSecurityAdapter): PublicSecurityLoaders {
  return {
    registration: new DataLoader(
      async (idNumbers) => {
        const found = await adapter.registrationsByIdNumbers(idNumbers);
        return idNumbers.map((id) => found.get(id) ?? null);
      },
      // One tick collects every lookup of the request; the adapter chunks them into IN lists.
      { maxBatchSize: 100_000 },
    ),
    screening: new DataLoader(
      async (lists) => {
        const found = await adapter.screeningRegistrationsByIdNumbers(lists.flat());
        return lists.map(() => found);
      },
      { cache: false },
    ),
  };
}
