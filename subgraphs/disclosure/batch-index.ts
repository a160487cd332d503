/**
 * 发放公示 index: the batches of published programmes with their totals as the public may see
 * them. Totals count persons (distinct ID numbers), so finance's line count and sum are not enough:
 * each batch's lines are read (ID number and amount only, through the gateway) and totals over
 * fewer than SMALL_COUNT persons are withheld with a reason, the threshold the access policy uses.
 * The index and the totals are kept for a short while, like announcement scopes.
 */
import { SMALL_COUNT } from '../../access/policy/model.js';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { decimalToFen, fenToDecimal, type Fen } from '../../lib/money.js';
import { batchIndex, batchLinePages, type SourceIndexProgramme } from './sources.js';

/** Why totals are null: reason codes of `totalsWithheld` / `lineCountWithheld` (docs/disclosure-site.md). */
export const WITHHELD = {
  /** Fewer than SMALL_COUNT persons: a total could be traced to someone. */
  SMALL_GROUP: 'FEWER_THAN_5_PERSONS',
  /** The batch has no lines at all: there is nothing to total. */
  NO_LINES: 'NO_LINES',
} as const;

export interface PublicTotals {
  lineCount: number;
  personCount: number;
  totalAmount: string;
}

/** Totals the public may see, or why not; `persons` is the count of distinct persons behind them. */
export function publicTotals(lineCount: number, persons: number, fen: Fen): { totals: PublicTotals | null; withheld: string | null } {
  if (lineCount === 0) return { totals: null, withheld: WITHHELD.NO_LINES };
  if (persons < SMALL_COUNT) return { totals: null, withheld: WITHHELD.SMALL_GROUP };
  return { totals: { lineCount, personCount: persons, totalAmount: fenToDecimal(fen) }, withheld: null };
}

export interface PublishedBatchRecord {
  batchNumber: string;
  programmeCode: string;
  programmeName: string | null;
  department: string | null;
  period: string | null;
  countyCode: string | null;
  status: string;
  sentToBankAt: string | null;
  totals: PublicTotals | null;
  totalsWithheld: string | null;
}

export interface BatchFilter {
  programmeCode: string | null;
  period: string | null;
  batchNumber: string | null;
}

interface Totalled {
  lines: number;
  persons: number;
  fen: Fen;
}

/** Lines per page when a batch's persons are counted. */
export const PERSON_PAGE = 10_000;

export class BatchIndex {
  private readonly indexes = new Map<string, { at: number; value: Promise<SourceIndexProgramme[]> }>();
  private readonly totalled = new Map<string, { at: number; value: Totalled }>();

  constructor(private readonly options: { ttlMs: number; now?: () => number }) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private fresh(at: number): boolean {
    return this.now() - at < this.options.ttlMs;
  }

  /** The published batches matching `filter`, by programme, period and batch number. */
  async list(client: GraphQLClient, filter: BatchFilter): Promise<PublishedBatchRecord[]> {
    const programmes = await this.index(client, filter.period);
    const batches = programmes
      .filter((p) => p.published && (filter.programmeCode === null || p.code === filter.programmeCode))
      .flatMap((programme) =>
        programme.batches
          .filter((b) => (filter.period === null || b.period === filter.period) && (filter.batchNumber === null || b.batchNumber === filter.batchNumber))
          .map((batch) => ({ programme, batch })),
      )
      .sort((a, b) => a.programme.code.localeCompare(b.programme.code) || (a.batch.period ?? '').localeCompare(b.batch.period ?? '') || a.batch.batchNumber.localeCompare(b.batch.batchNumber));
    const totals = await this.totals(
      client,
      batches.map(({ batch }) => batch),
    );
    return batches.map(({ programme, batch }) => {
      const counted = totals.get(batch.batchNumber) ?? { lines: 0, persons: 0, fen: 0 as Fen };
      const shown = publicTotals(counted.lines, counted.persons, counted.fen);
      return {
        batchNumber: batch.batchNumber,
        programmeCode: programme.code,
        programmeName: programme.name ?? null,
        department: programme.department,
        period: batch.period ?? null,
        countyCode: batch.countyCode ?? null,
        status: batch.status,
        sentToBankAt: batch.sentToBankAt ?? null,
        totals: shown.totals,
        totalsWithheld: shown.withheld,
      };
    });
  }

  /** Every published programme with all its batches (no totals), from the same short-lived index. */
  programmes(client: GraphQLClient): Promise<SourceIndexProgramme[]> {
    return this.index(client, null);
  }

  private index(client: GraphQLClient, period: string | null): Promise<SourceIndexProgramme[]> {
    const key = period ?? '*';
    const hit = this.indexes.get(key);
    if (hit && this.fresh(hit.at)) return hit.value;
    const value = batchIndex(client, period);
    this.indexes.set(key, { at: this.now(), value });
    // A failed load is not kept: the next request asks again.
    value.catch(() => {
      if (this.indexes.get(key)?.value === value) this.indexes.delete(key);
    });
    if (this.indexes.size > 64) this.indexes.delete(this.indexes.keys().next().value!);
    return value;
  }

  /** Lines, persons and sum per batch; batches not counted recently are counted in one paged read. */
  private async totals(client: GraphQLClient, batches: { batchNumber: string; lineCount: number }[]): Promise<Map<string, Totalled>> {
    const result = new Map<string, Totalled>();
    const missing: string[] = [];
    for (const batch of batches) {
      const hit = this.totalled.get(batch.batchNumber);
      if (hit && this.fresh(hit.at)) result.set(batch.batchNumber, hit.value);
      // An empty batch needs no reading.
      else if (batch.lineCount === 0) result.set(batch.batchNumber, { lines: 0, persons: 0, fen: 0 as Fen });
      else missing.push(batch.batchNumber);
    }
    if (missing.length === 0) return result;
    const counting = new Map<string, { lines: number; persons: Set<string>; fen: number }>(missing.map((n) => [n, { lines: 0, persons: new Set(), fen: 0 }]));
    for await (const lines of batchLinePages(client, missing, PERSON_PAGE)) {
      for (const line of lines) {
        const entry = counting.get(line.batchNumber);
        if (!entry) continue;
        entry.lines += 1;
        entry.persons.add(normaliseIdNumber(line.idNumber));
        entry.fen += decimalToFen(line.amount);
      }
    }
    const at = this.now();
    for (const [batchNumber, entry] of counting) {
      const value = { lines: entry.lines, persons: entry.persons.size, fen: entry.fen as Fen };
      this.totalled.set(batchNumber, { at, value });
      result.set(batchNumber, value);
    }
    if (this.totalled.size > 10_000) for (const key of [...this.totalled.keys()].slice(0, this.totalled.size - 10_000)) this.totalled.delete(key);
    return result;
  }
}
