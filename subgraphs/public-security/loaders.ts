import DataLoader from 'dataloader';
import { listLoader } from '../runtime/list-loader.js';
import type { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import type { RegistrationRecord, ScreeningRegistration } from '../../adapters/public-security/records.js';

export interface PublicSecurityLoaders {
  registration: DataLoader<string, RegistrationRecord | null>;
  /**
   * What the screening rules read of the registrations of a list of normalised ID numbers, by ID
   * (absent: not registered). One list per key (runtime/list-loader.ts).
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
    screening: listLoader((ids) => adapter.screeningRegistrationsByIdNumbers(ids)),
  };
}
