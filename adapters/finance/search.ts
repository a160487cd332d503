/**
 * Searches, totals, roll-ups and process checks over the payment lines of the one-card system,
 * for the finance analysts' questions and for the hub's disbursement service. How lines are
 * selected and paged is in line-reader.ts.
 */
import { normaliseIdNumber } from '../../lib/id-number.js';
import type { DepartmentDatabase } from '../database.js';
import { LineReader } from './line-reader.js';
import type { PaymentLineRecord } from './records.js';
import { rollupLines } from './rollup.js';
import type {
  FoundLine,
  FoundPage,
  LineCheck,
  PaymentLineFilter,
  PaymentTotals,
  PersonGroup,
  RollupDimension,
  RollupRow,
  UnpaidCheck,
} from './search-types.js';
import { fenSql, integerAggregate, personSql } from './sql.js';
import { scanUnpaid } from './unpaid.js';

/** Lines per statement when a check reads candidates and decides in code. */
const CANDIDATE_FETCH = 2000;

/** Read-only queries over the payment lines; one DepartmentDatabase.run per call. */
export class PaymentQueries {
  constructor(private readonly db: DepartmentDatabase) {}

  /** One page of lines matching `filter` after line id `after`, in MXID order; a check narrows it further. */
  async page(filter: PaymentLineFilter, after: string | null, first: number, check: LineCheck | null = null): Promise<FoundPage> {
    return this.read(async (reader) => {
      const selection = await reader.select(filter, check);
      if (selection.batches.length === 0) return { items: [], hasNextPage: false };
      const runs = await reader.mxidRuns(selection, filter);
      const lines = await reader.readPage(selection, filter, check, after, first + 1, runs);
      return {
        items: lines.slice(0, first).map((line) => ({ line, note: check ? lateNote(line, check) : null })),
        hasNextPage: lines.length > first,
      };
    });
  }

  /** Exact totals over every line matching `filter` (and the check). */
  async totals(filter: PaymentLineFilter, check: LineCheck | null = null): Promise<PaymentTotals> {
    return this.read(async (reader) => {
      const selection = await reader.select(filter, check);
      const totals: PaymentTotals = { lineCount: 0, personCount: 0, totalFen: 0 };
      if (selection.batches.length === 0) return totals;
      for (const ids of reader.idChunks(filter)) {
        const row: { lines: unknown; persons: unknown; fen: unknown } | undefined = await reader
          .lineConditions(reader.lines(), selection, filter, check, ids)
          .select('COUNT(*)', 'lines')
          .addSelect(`COUNT(DISTINCT ${personSql(reader.dialect, 'm.SFZH')})`, 'persons')
          .addSelect(`SUM(${fenSql('m.JE')})`, 'fen')
          .getRawOne();
        // ID chunks partition the persons, so distinct counts add up across chunks.
        totals.lineCount += integerAggregate(row?.lines);
        totals.personCount += integerAggregate(row?.persons);
        totals.totalFen += integerAggregate(row?.fen);
      }
      return totals;
    });
  }

  /** See rollupLines. */
  async rollup(filter: PaymentLineFilter, dimensions: readonly RollupDimension[], personGroups: readonly PersonGroup[] | null): Promise<RollupRow[]> {
    return this.read((reader) => rollupLines(reader, filter, dimensions, personGroups));
  }

  /**
   * The distinct normalised ID numbers of the lines matching `filter`, sorted; with
   * `filter.idNumbers` it answers "which of these persons have a line". Null when there are more
   * than `limit`.
   */
  async idNumbers(filter: PaymentLineFilter, limit: number): Promise<string[] | null> {
    return this.read(async (reader) => {
      const selection = await reader.select(filter, null);
      const found = new Set<string>();
      if (selection.batches.length === 0) return [];
      for (const ids of reader.idChunks(filter)) {
        const rows: Array<{ sfzh: string | null }> = await reader
          .lineConditions(reader.lines(), selection, filter, null, ids)
          .select('m.SFZH', 'sfzh')
          .distinct(true)
          .getRawMany();
        for (const row of rows) found.add(normaliseIdNumber(row.sfzh));
        if (found.size > limit) return null;
      }
      return [...found].sort();
    });
  }

  /**
   * Failed lines not re-issued: no line of the same normalised ID number, under the same
   * programme, that is not failed, in another batch sent to the bank after the failed line's batch
   * and at most `withinSeconds` after it. Only lines whose window has closed by `asOf` are judged;
   * a failed line in a batch never sent to the bank has no window and is not reported.
   */
  async unpaidPage(filter: PaymentLineFilter, check: UnpaidCheck, after: string | null, first: number): Promise<FoundPage> {
    return this.read(async (reader) => {
      const items: FoundLine[] = [];
      let hasNextPage = false;
      await scanUnpaid(reader, filter, check, after, Math.max(first + 1, 200), (found) => {
        if (items.length === first) {
          hasNextPage = true;
          return false;
        }
        items.push(found);
        return true;
      });
      return { items, hasNextPage };
    });
  }

  async unpaidTotals(filter: PaymentLineFilter, check: UnpaidCheck): Promise<PaymentTotals> {
    return this.read(async (reader) => {
      let lineCount = 0;
      let totalFen = 0;
      const persons = new Set<string>();
      await scanUnpaid(reader, filter, check, null, CANDIDATE_FETCH, ({ line }) => {
        lineCount++;
        totalFen += line.amountFen;
        persons.add(line.idNumber);
        return true;
      });
      return { lineCount, personCount: persons.size, totalFen };
    });
  }

  private read<T>(work: (reader: LineReader) => Promise<T>): Promise<T> {
    return this.db.run((ds) => work(new LineReader(ds, this.db.dialect)));
  }
}

function hours(seconds: number): string {
  const h = seconds / 3600;
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

function lateNote(line: PaymentLineRecord, check: LineCheck): string {
  const sent = line.batch.sentToBankAt!;
  const credited = line.creditedAt;
  if (credited === null) return `batch ${line.batch.batchNumber} sent to the bank at ${sent}`;
  const seconds = Math.round((Date.parse(credited) - Date.parse(sent)) / 1000);
  return `credited at ${credited}, ${hours(seconds)} hours after batch ${line.batch.batchNumber} was sent to the bank at ${sent} (limit ${hours(check.thresholdSeconds)} hours)`;
}
