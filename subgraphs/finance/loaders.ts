import DataLoader from 'dataloader';
import type { FinanceAdapter } from '../../adapters/finance/adapter.js';
import type {
  BatchRecord,
  BatchTotals,
  PaymentLineRecord,
  ProgrammeRecord,
  RegisteredAccountRecord,
} from '../../adapters/finance/records.js';

export interface FinanceLoaders {
  programme: DataLoader<string, ProgrammeRecord | null>;
  batch: DataLoader<string, BatchRecord | null>;
  batchTotals: DataLoader<string, BatchTotals>;
  batchesByProgramme: DataLoader<string, BatchRecord[]>;
  line: DataLoader<string, PaymentLineRecord | null>;
  linesByPerson: DataLoader<string, PaymentLineRecord[]>;
  accountsByPerson: DataLoader<string, RegisteredAccountRecord[]>;
}

// One tick collects every lookup of the request; the adapter chunks them into IN lists.
const ONE_TICK = { maxBatchSize: 100_000 };

/** Fresh per request: batching across one request's resolvers, no caching across users. */
export function createFinanceLoaders(adapter: FinanceAdapter): FinanceLoaders {
  return {
    programme: new DataLoader(async (codes) => {
      const found = await adapter.programmesByCodes(codes);
      return codes.map((code) => found.get(code) ?? null);
    }, ONE_TICK),
    batch: new DataLoader(async (numbers) => {
      const found = await adapter.batchesByNumbers(numbers);
      return numbers.map((number) => found.get(number) ?? null);
    }, ONE_TICK),
    batchTotals: new DataLoader(async (numbers) => {
      const found = await adapter.batchTotals(numbers);
      return numbers.map((number) => found.get(number) ?? { lineCount: 0, totalFen: 0 });
    }, ONE_TICK),
    batchesByProgramme: new DataLoader(async (codes) => {
      const found = await adapter.batchesByProgrammeCodes(codes);
      return codes.map((code) => found.get(code) ?? []);
    }, ONE_TICK),
    line: new DataLoader(async (ids) => {
      const found = await adapter.linesByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }, ONE_TICK),
    linesByPerson: new DataLoader(async (idNumbers) => {
      const found = await adapter.linesByIdNumbers(idNumbers);
      return idNumbers.map((id) => found.get(id) ?? []);
    }, ONE_TICK),
    accountsByPerson: new DataLoader(async (idNumbers) => {
      const found = await adapter.accountsByIdNumbers(idNumbers);
      return idNumbers.map((id) => found.get(id) ?? []);
    }, ONE_TICK),
  };
}
