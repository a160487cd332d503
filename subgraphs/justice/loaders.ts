import DataLoader from 'dataloader';
import { listLoader } from '../runtime/list-loader.js';
import type { JusticeAdapter } from '../../adapters/justice/adapter.js';
import type { CustodySentence, SentenceRecord } from '../../adapters/justice/records.js';

export interface JusticeLoaders {
  /** Every sentence of a normalised ID number, ordered by start date; empty when there are none. */
  sentencesByIdNumber: DataLoader<string, SentenceRecord[]>;
  sentenceByOffenderNumber: DataLoader<string, SentenceRecord | null>;
  /**
   * What the custody rule reads of every sentence of a list of normalised ID numbers, by ID, in the
   * same order (absent: none). One list per key (runtime/list-loader.ts).
   */
  custodySentences: DataLoader<readonly string[], ReadonlyMap<string, CustodySentence[]>>;
}

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createJusticeLoaders(adapter: JusticeAdapter): JusticeLoaders {
  return {
    sentencesByIdNumber: new DataLoader(
      async (idNumbers) => {
        const found = await adapter.sentencesByIdNumbers(idNumbers);
        return idNumbers.map((id) => found.get(id) ?? []);
      },
      // One tick collects every lookup of the request; the adapter chunks them into IN lists.
      { maxBatchSize: 100_000 },
    ),
    sentenceByOffenderNumber: new DataLoader(
      async (offenderNumbers) => {
        const found = await adapter.sentencesByOffenderNumbers(offenderNumbers);
        return offenderNumbers.map((n) => found.get(n) ?? null);
      },
      { maxBatchSize: 100_000 },
    ),
    custodySentences: listLoader((ids) => adapter.custodySentencesByIdNumbers(ids)),
  };
}
