import DataLoader from 'dataloader';
import type { PublicSecurityAdapter } from '../../adapters/public-security/adapter.js';
import type { RegistrationRecord } from '../../adapters/public-security/records.js';

export interface PublicSecurityLoaders {
  registration: DataLoader<string, RegistrationRecord | null>;
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
  };
}
