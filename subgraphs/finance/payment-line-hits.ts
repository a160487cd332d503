/**
 * The four finance-only rules over lines already read (by id for `screenPaymentLines`, as a page
 * for `CheckLineColumnPage.paymentLineHits`): the same lines give the same hits, whichever read
 * found them.
 */
import type { FinanceAdapter } from '../../adapters/finance/adapter.js';
import type { ScreeningLine } from '../../adapters/finance/screening-lines.js';
import { HitColumns } from '../runtime/screening-columns.js';
import type { FinanceLoaders } from './loaders.js';
import { duplicateSearchGroups, screenLines } from './screening.js';

function loaded<T>(results: Array<T | Error>): T[] {
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
}

/**
 * The hits of `lines`, in their order; a line whose ID number is not valid is skipped (ID_INVALID
 * is the caller's). `read` holds every line read with them, by id: the duplicate rule's read of the
 * same persons' lines reuses those objects.
 */
export async function paymentLineHits(lines: readonly ScreeningLine[], read: ReadonlyMap<string, ScreeningLine>, adapter: FinanceAdapter, loaders: FinanceLoaders): Promise<HitColumns> {
  const screened: ScreeningLine[] = [];
  const programmeCodes = new Set<string>();
  const idNumbers = new Set<string>();
  for (const line of lines) {
    if (!line.idNumberValid) continue;
    screened.push(line);
    if (line.batch.programmeCode !== null) programmeCodes.add(line.batch.programmeCode);
    idNumbers.add(line.idNumber);
  }
  const hits = new HitColumns();
  if (screened.length === 0) return hits;
  // The persons' accounts straight from the adapter: a loader's promise per person buys nothing in a question of its own.
  const [programmes, accounts, sameProgrammePeriodLines] = await Promise.all([
    loaders.programme.loadMany([...programmeCodes]).then(loaded),
    adapter.screeningAccounts([...idNumbers]),
    adapter.screeningGroupLines(duplicateSearchGroups(screened), read),
  ]);
  const data = {
    programmes: new Map(programmes.flatMap((p) => (p ? [[p.code, p] as const] : []))),
    accounts,
    sameProgrammePeriodLines,
  };
  screenLines(screened, data, hits);
  return hits;
}
