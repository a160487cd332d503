/**
 * The questions of `hub payments`, each asked of the gateway and exported as it arrives; each
 * returns the line that sums it up (lines written and all matching, groups, persons missed).
 */
import { groupThousands } from './cells.js';
import type { CliGateway } from './gateway-client.js';
import { cursorPages } from './paging.js';
import { LINE_COLUMNS, MISSED_COLUMNS, NOTE_COLUMN, rollupColumns, type LineRow, type MissedRow } from './payment-columns.js';
import type { Mode, PaymentQuery } from './payment-query.js';
import { exportSheets, single, type ExportFormat, type ExportTarget } from './tabular.js';
import { counted } from './wording.js';
import {
  CliLatePaymentsDocument,
  CliMissedPaymentsDocument,
  CliPaymentsDocument,
  CliRollupDocument,
  CliUnpaidFailuresDocument,
  type CliPaymentPageFragment,
} from './__generated__/operations.js';

const PAGE = 1000;
const MISSED_PAGE = 10_000;

const SHEET_NAMES: Record<Mode, string> = { search: '发放明细', late: '到账超时', unpaid: '失败未补发', rollup: '汇总', missed: '漏发' };

type Totals = NonNullable<CliPaymentPageFragment['totals']>;
type Target = ExportTarget;
type Export = (gateway: CliGateway, query: PaymentQuery, format: ExportFormat, target: Target) => Promise<string>;

/** The lines of `payments`, `latePayments` or `unpaidFailures`, page by page; the first page brings the totals. */
function linePages(gateway: CliGateway, query: PaymentQuery, onTotals: (totals: Totals) => void): AsyncIterable<LineRow[]> {
  // One instant for every page, so the pages of one export answer the same question.
  const asOf = query.asOf ?? new Date().toISOString();
  return cursorPages(
    async (after, first) => {
      const common = { filter: query.filter, first, after, withTotals: after === null };
      const { page } =
        query.mode === 'late'
          ? await gateway.request(CliLatePaymentsDocument, { ...common, hours: query.hours ?? 24 })
          : query.mode === 'unpaid'
            ? await gateway.request(CliUnpaidFailuresDocument, { ...common, withinDays: query.withinDays!, asOf })
            : await gateway.request(CliPaymentsDocument, common);
      if (page.totals) onTotals(page.totals);
      return { rows: page.edges, pageInfo: page.pageInfo };
    },
    PAGE,
    query.limit,
  );
}

const exportLines: Export = async (gateway, query, format, target) => {
  let totals: Totals | null = null;
  const columns = query.mode === 'search' ? LINE_COLUMNS : [...LINE_COLUMNS, NOTE_COLUMN];
  const rows = linePages(gateway, query, (t) => (totals = t));
  const [written = 0] = await exportSheets(format, [{ name: SHEET_NAMES[query.mode], columns, rows }], target);
  const t = totals as Totals | null;
  if (!t) return `${counted(written, 'line')} written`;
  return `${counted(written, 'line')} written; all matching: ${counted(t.lineCount, 'line')}, ${counted(t.personCount, 'person')}, ${groupThousands(t.totalAmount)} yuan`;
};

const exportRollup: Export = async (gateway, query, format, target) => {
  const { rows } = await gateway.request(CliRollupDocument, { filter: query.filter, groupBy: query.groupBy });
  const shown = query.limit ? rows.slice(0, query.limit) : rows;
  await exportSheets(format, [{ name: SHEET_NAMES.rollup, columns: rollupColumns(query.groupBy), rows: single(shown) }], target);
  return counted(rows.length, 'group');
};

const exportMissed: Export = async (gateway, query, format, target) => {
  let counts = { total: 0, eligible: 0 };
  const rows = cursorPages<MissedRow>(
    async (after, first) => {
      const { page } = await gateway.request(CliMissedPaymentsDocument, { programme: query.filter.programme!, period: query.period!, division: query.filter.division ?? null, first, after });
      counts = { total: page.totalCount, eligible: page.eligibleCount };
      return { rows: page.items, pageInfo: page.pageInfo };
    },
    MISSED_PAGE,
    query.limit,
  );
  const [written = 0] = await exportSheets(format, [{ name: SHEET_NAMES.missed, columns: MISSED_COLUMNS, rows }], target);
  const { total, eligible } = counts;
  return `${written.toLocaleString('en-US')} of ${counted(total, 'person')} missed, of ${counted(eligible, 'eligible person')} registered in the division (programme ${query.filter.programme}, period ${query.period})`;
};

export const EXPORTS: Record<Mode, Export> = { search: exportLines, late: exportLines, unpaid: exportLines, rollup: exportRollup, missed: exportMissed };
