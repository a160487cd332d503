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
  batchFigures: BatchFigures;
  batchesByProgramme: DataLoader<string, BatchRecord[]>;
  line: DataLoader<string, PaymentLineRecord | null>;
  linesByPerson: DataLoader<string, PaymentLineRecord[]>;
  accountsByPerson: DataLoader<string, RegisteredAccountRecord[]>;
}

/**
 * Batches' line counts and totals. A count alone reads only the batch-number index where there is
 * one; a total reads every line's amount, and then gives the count too, in the same statement.
 */
export class BatchFigures {
  private readonly totalsAsked = new Set<string>();
  private readonly totalsLoader: DataLoader<string, BatchTotals>;
  private readonly countLoader: DataLoader<string, number>;

  constructor(adapter: FinanceAdapter) {
    this.totalsLoader = new DataLoader(async (numbers) => {
      const found = await adapter.batchTotals(numbers);
      return numbers.map((number) => found.get(number) ?? { lineCount: 0, totalFen: 0 });
    }, ONE_TICK);
    this.countLoader = new DataLoader(async (numbers) => {
      // Sibling fields resolve in the same tick as the count: every total this request asks is known by now.
      const counted = numbers.filter((number) => !this.totalsAsked.has(number));
      const found = counted.length === 0 ? new Map<string, number>() : await adapter.batchLineCounts(counted);
      return Promise.all(numbers.map(async (number) => (this.totalsAsked.has(number) ? (await this.totals(number)).lineCount : (found.get(number) ?? 0))));
    }, ONE_TICK);
  }

  totals(batchNumber: string): Promise<BatchTotals> {
    this.totalsAsked.add(batchNumber);
    return this.totalsLoader.load(batchNumber);
  }

  lineCount(batchNumber: string): Promise<number> {
    return this.countLoader.load(batchNumber);
  }
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
    batchFigures: new BatchFigures(adapter),
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
