/**
 * Finance's pages of lines as the engine reads them. They travel as one set of columns per batch
 * (`checkLineColumns`); the engine works on a line at a time, so each page is turned back into lines
 * here, in line-id order.
 */
import type { CrosscheckLinesQuery } from './__generated__/operations.js';
import type { ScreeningHit } from './screening-wire.js';

type BatchColumns = CrosscheckLinesQuery['page']['batches'][number];

/** A payment line as finance hands it to the cross-check. */
export interface CheckLine {
  /** Digits, canonical (no leading zeros): see adapters/finance/line-ids.ts. */
  id: string;
  batchNumber: string;
  programmeCode?: string | null;
  period?: string | null;
  countyCode?: string | null;
  eligibilityCondition?: string | null;
  /** Normalised. */
  idNumber: string;
  name?: string | null;
  accountNumber?: string | null;
  amount: string;
  status: BatchColumns['statuses'][number];
}

export interface CheckLinePage {
  lines: CheckLine[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Finance's PAYMENT_LINES hits for the page's lines, when they were asked for with it. */
  paymentLineHits?: ScreeningHit[];
}

/** Canonical line ids in numeric order without a BigInt each: a shorter one is smaller. */
function byLineId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The ids of a page's batches merged into one list in line-id order (batches written apart need no sort). */
function inIdOrder<T>(items: T[], idOf: (item: T) => string, batches: number): T[] {
  if (batches < 2) return items;
  for (let i = 1; i < items.length; i++) {
    if (byLineId(idOf(items[i - 1]!), idOf(items[i]!)) > 0) return items.sort((x, y) => byLineId(idOf(x), idOf(y)));
  }
  return items;
}

function checkColumns(batch: BatchColumns): void {
  const n = batch.ids.length;
  const lengths = [batch.idNumbers, batch.names, batch.accountNumbers, batch.amounts, batch.statuses].map((column) => column.length);
  if (lengths.some((length) => length !== n)) {
    throw new Error(`finance's line columns of batch ${batch.batchNumber} differ in length (${n} ids, then ${lengths.join(', ')})`);
  }
}

/** The lines of a page, one object per line, in line-id order. */
export function linesOfPage(page: CrosscheckLinesQuery['page']): CheckLinePage {
  const lines: CheckLine[] = [];
  for (const batch of page.batches) {
    checkColumns(batch);
    const { batchNumber, programmeCode, period, countyCode, eligibilityCondition, ids, idNumbers, names, accountNumbers, amounts, statuses } = batch;
    for (let i = 0; i < ids.length; i++) {
      lines.push({
        id: ids[i]!,
        batchNumber,
        programmeCode,
        period,
        countyCode,
        eligibilityCondition,
        idNumber: idNumbers[i]!,
        name: names[i],
        accountNumber: accountNumbers[i],
        amount: amounts[i]!,
        status: statuses[i]!,
      });
    }
  }
  return { lines: inIdOrder(lines, (line) => line.id, page.batches.length), hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor ?? null };
}
