import DataLoader from 'dataloader';
import { listLoader } from '../runtime/list-loader.js';
import type { DisabilityAdapter } from '../../adapters/disability/adapter.js';
import type { DisabilityCertificateRecord, ScreeningCertificate } from '../../adapters/disability/records.js';

export interface DisabilityLoaders {
  /** Every certificate of a normalised ID number, ordered by issue date; empty when there are none. */
  certificatesByIdNumber: DataLoader<string, DisabilityCertificateRecord[]>;
  certificateByNumber: DataLoader<string, DisabilityCertificateRecord | null>;
  /**
   * What the screening rules read of every certificate of a list of normalised ID numbers, by ID, in
   * the same order (absent: none). One list per key (runtime/list-loader.ts).
   */
  screeningCertificates: DataLoader<readonly string[], ReadonlyMap<string, ScreeningCertificate[]>>;
}

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createDisabilityLoaders(adapter: DisabilityAdapter): DisabilityLoaders {
  // One tick collects every lookup of the request; the adapter chunks them into IN lists.
  const options = { maxBatchSize: 100_000 };
  return {
    certificatesByIdNumber: new DataLoader(async (idNumbers) => {
      const found = await adapter.certificatesByIdNumbers(idNumbers);
      return idNumbers.map((id) => found.get(id) ?? []);
    }, options),
    certificateByNumber: new DataLoader(async (numbers) => {
      const found = await adapter.certificatesByNumbers(numbers);
      return numbers.map((n) => found.get(n) ?? null);
    }, options),
    screeningCertificates: listLoader((ids) => adapter.screeningCertificatesByIdNumbers(ids)),
  };
}
