/**
 * The cross-check's pages of lines: `checkLines` (an object per line) and `checkLineColumns` (a set
 * of columns per batch) take the same arguments and page alike.
 */
import type { LineColumnsPage } from '../../adapters/finance/line-columns.js';
import type { BatchRecord } from '../../adapters/finance/records.js';
import { badUserInput } from '../../lib/errors.js';
import { fenToDecimal } from '../../lib/money.js';
import { trimLegacyText } from '../../lib/text.js';
import { listArgument } from '../runtime/arguments.js';
import { cursorArgument, cursorOf, firstArgument } from '../runtime/payment-paging.js';
import type { BatchLineColumns, PageInfo } from './__generated__/resolvers-types.js';
import type { ScreeningLine } from '../../adapters/finance/screening-lines.js';
import { isValidIdNumber } from '../../lib/id-number.js';
import type { FinanceLoaders } from './loaders.js';
import { compareLineIds } from '../../lib/line-ids.js';

export const MAX_CHECK_PAGE = 10_000;
export const DEFAULT_CHECK_PAGE = 2000;

interface CheckPageArgs {
  batchNumbers: readonly string[];
  after?: string | null;
  first?: number | null;
}

/** The batches (every one known, else BAD_USER_INPUT naming batchNumbers), the cursor and the page size. */
export async function checkPageArguments(args: CheckPageArgs, loaders: FinanceLoaders): Promise<{ numbers: string[]; after: string | null; first: number }> {
  const numbers = [...new Set(listArgument(args.batchNumbers, 'batchNumbers').map(trimLegacyText))];
  const first = firstArgument(args.first, MAX_CHECK_PAGE, DEFAULT_CHECK_PAGE);
  const after = cursorArgument(args.after);
  const batches = await loaders.batch.loadMany(numbers);
  const unknown = numbers.filter((_, i) => {
    const batch = batches[i];
    if (batch instanceof Error) throw batch;
    return batch === null;
  });
  if (unknown.length > 0) {
    throw badUserInput('batchNumbers', `names ${unknown.length} unknown batch${unknown.length === 1 ? '' : 'es'}: ${unknown.slice(0, 5).join(', ')}`);
  }
  return { numbers, after, first };
}

/** A page of check lines as its resolvers pass it on: `paymentLineHits` reads the page's own lines. */
export interface CheckLineColumnPageParent {
  batches: BatchLineColumns[];
  pageInfo: PageInfo;
  /** The page's lines as the finance rules read them (adapters/finance/screening-lines.ts), made when asked for. */
  screeningLines: () => ScreeningLine[];
}

/** The lines of a page's batches as the rules read them: each value as readScreeningLines maps the same row. */
function screeningLinesOf(page: LineColumnsPage, batches: ReadonlyMap<string, BatchRecord>): ScreeningLine[] {
  const lines: ScreeningLine[] = [];
  for (const columns of page.batches) {
    const record = batches.get(columns.batchNumber);
    if (record === undefined) continue;
    const batch = { batchNumber: record.batchNumber, programmeCode: record.programmeCode, period: record.period };
    for (let i = 0; i < columns.ids.length; i++) {
      const idNumber = columns.idNumbers[i]!;
      lines.push({
        id: columns.ids[i]!,
        batch,
        idNumber,
        idNumberValid: isValidIdNumber(idNumber),
        accountNumber: columns.accountNumbers[i] ?? null,
        amountFen: columns.amountsFen[i]!,
        status: columns.statuses[i]!,
      });
    }
  }
  return lines;
}

/** The page as the schema shapes it: each batch's own fields once, beside its lines' columns. */
export async function checkLineColumnPage(page: LineColumnsPage, loaders: FinanceLoaders): Promise<CheckLineColumnPageParent> {
  const records = new Map<string, BatchRecord>();
  // A page's amounts are mostly a few standards: each distinct one is written once.
  const decimals = new Map<number, string>();
  const decimal = (fen: number) => {
    let text = decimals.get(fen);
    if (text === undefined) decimals.set(fen, (text = fenToDecimal(fen)));
    return text;
  };
  const batches = await Promise.all(
    page.batches.map(async (columns): Promise<BatchLineColumns | null> => {
      // Loaded already when the arguments were checked: no statement.
      const batch: BatchRecord | null = await loaders.batch.load(columns.batchNumber);
      // A line whose batch cannot be named is not served, as everywhere in finance.
      if (batch === null) return null;
      records.set(columns.batchNumber, batch);
      const programme = batch.programmeCode === null ? null : await loaders.programme.load(batch.programmeCode);
      return {
        batchNumber: batch.batchNumber,
        programmeCode: batch.programmeCode,
        period: batch.period,
        countyCode: batch.countyCode,
        eligibilityCondition: programme?.eligibilityCondition ?? null,
        ids: columns.ids,
        idNumbers: columns.idNumbers,
        names: columns.names,
        accountNumbers: columns.accountNumbers,
        amounts: columns.amountsFen.map(decimal),
        statuses: columns.statuses,
      };
    }),
  );
  // The cursor is the page's last line as read, whatever batch it is in: the same as checkLines.
  let lastId: string | null = null;
  for (const columns of page.batches) {
    const last = columns.ids.at(-1);
    if (last !== undefined && (lastId === null || compareLineIds(last, lastId) > 0)) lastId = last;
  }
  return {
    batches: batches.filter((b): b is BatchLineColumns => b !== null),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: lastId === null ? null : cursorOf(lastId) },
    screeningLines: () => screeningLinesOf(page, records),
  };
}
