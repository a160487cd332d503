/**
 * The cross-check's read of payment lines: the lines `linesPage` pages through (same statement,
 * same order, fewer columns), as one set of columns per batch. A page holds thousands of lines of a
 * few batches; a record per line, its batch mapped in, is what the cross-check's reads cost most.
 */
import type { DataSource } from 'typeorm';
import { normaliseIdNumber } from '../../lib/id-number.js';
import type { Fen } from '../../lib/money.js';
import { normaliseName, trimLegacyText } from '../../lib/text.js';
import { documentedCodeSql } from '../mapping/layout.js';
import { LineValues } from './line-values.js';
import { BatchTable, LineTable } from './entities.js';
import { idParam, idText } from './line-ids.js';
import type { PaymentLineStatus } from './records.js';

/**
 * One batch's lines of a page, as columns. Each value is what `toPaymentLineRecord` makes of the
 * column (subgraphs/finance/subgraph.test.ts compares the two reads line by line).
 */
export interface BatchLineColumns {
  /** As the batch's own row gives it, trimmed: its BatchRecord's batchNumber. */
  batchNumber: string;
  ids: string[];
  idNumbers: string[];
  names: (string | null)[];
  accountNumbers: (string | null)[];
  amountsFen: Fen[];
  statuses: PaymentLineStatus[];
}

/** A page of lines after a cursor, grouped by batch in the order of each batch's first line. */
export interface LineColumnsPage {
  batches: BatchLineColumns[];
  hasNextPage: boolean;
}

/** The columns selected, as the drivers return them (BIGINT and DECIMAL as text from mysql2, numbers from SQLite). */
interface LineColumnRow {
  id: string | number;
  batch: string;
  idNumber: string | null;
  name: string | null;
  account: string | null;
  amount: string | number | null;
  status: string | null;
}

/** The batches' lines whose batch row exists, after `afterId` and through `throughId` when given. */
function linesQuery(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, throughId: string | null = null) {
  const query = ds
    .getRepository(LineTable.entity)
    .createQueryBuilder('m')
    .innerJoin(BatchTable.name, 'b', 'b.PCH = m.PCH')
    .where('m.PCH IN (:...numbers)', { numbers: [...new Set(batchNumbers)] });
  if (afterId !== null) query.andWhere('m.MXID > :after', { after: idParam(afterId) });
  if (throughId !== null) query.andWhere('m.MXID <= :through', { through: idParam(throughId) });
  return query;
}

/** How the lines `readLineColumnsPage` pages through are cut into chunks, without sending them. */
export interface LineChunks {
  /** The id of every `every`-th line, in MXID order. */
  chunkEnds: string[];
  /** How many lines there are. */
  lines: number;
  /** The last line's id; null when there is none. */
  lastId: string | null;
}

/** Line ids per statement when a run is cut into chunks. */
export const LINE_ID_PAGE = 100_000;

/**
 * The id of every `every`-th line after `afterId` and through `throughId`, with the count and the
 * last line's id: the lines' ids in pages of `idPage`, in MXID order, one pass over them.
 *
 * Stepping `LIMIT 1 OFFSET every-1` from chunk end to chunk end instead asked the database to
 * order the rest of the run once per step: over several batches MariaDB read and sorted every line
 * after the step, so the cut grew with the square of the run (a 32,000-line month of 9 batches:
 * 300,000 rows for 6 chunks, before any chunk could start).
 */
export async function readLineChunks(ds: DataSource, batchNumbers: readonly string[], every: number, afterId: string | null, throughId: string | null, idPage = LINE_ID_PAGE): Promise<LineChunks> {
  const chunkEnds: string[] = [];
  let lines = 0;
  let after = afterId;
  for (;;) {
    const raws: Array<{ id: string | number }> = await linesQuery(ds, batchNumbers, after, throughId).select('m.MXID', 'id').orderBy('m.MXID').limit(idPage).getRawMany();
    for (const raw of raws) if (++lines % every === 0) chunkEnds.push(idText(raw.id));
    if (raws.length > 0) after = idText(raws[raws.length - 1]!.id);
    if (raws.length < idPage) return { chunkEnds, lines, lastId: lines > 0 ? after : null };
  }
}

/**
 * Up to `limit` lines of the batches after `afterId` (through `throughId` when given), in MXID
 * order, one more than `limit` (to tell whether another page follows), selecting the id.
 */
function pageQuery(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, limit: number, throughId: string | null) {
  return linesQuery(ds, batchNumbers, afterId, throughId).select('m.MXID', 'id').orderBy('m.MXID').limit(limit + 1);
}

/**
 * Up to `limit` lines of the batches after `afterId` and through `throughId` when given, in MXID
 * order; lines whose batch row is missing are not served.
 *
 * The bound is what a chunk of a run reads by. Without it the statement asks for every line of the
 * run after the cursor, sorted, and MariaDB answered it by reading all of them through the batch
 * index and sorting them for the first few thousand: each chunk of a 32,000-line month read the
 * whole rest of the month (260,000 rows for six chunks). With it the primary key's range is the
 * chunk's own lines.
 */
export async function readLineColumnsPage(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, limit: number, throughId: string | null = null): Promise<LineColumnsPage> {
  const raws: LineColumnRow[] = await pageQuery(ds, batchNumbers, afterId, limit, throughId)
    .addSelect('b.PCH', 'batch')
    .addSelect('m.SFZH', 'idNumber')
    .addSelect('m.XM', 'name')
    .addSelect('m.YHZH', 'account')
    .addSelect('m.JE', 'amount')
    .addSelect(documentedCodeSql(ds, LineTable.name, 'FFZTDM', 'm.FFZTDM'), 'status')
    .getRawMany();
  const groups = new Map<string, BatchLineColumns>();
  const values = new LineValues();
  const count = Math.min(raws.length, limit);
  for (let i = 0; i < count; i++) {
    const raw = raws[i]!;
    let group = groups.get(raw.batch);
    if (group === undefined) {
      group = { batchNumber: trimLegacyText(raw.batch), ids: [], idNumbers: [], names: [], accountNumbers: [], amountsFen: [], statuses: [] };
      groups.set(raw.batch, group);
    }
    group.ids.push(idText(raw.id));
    group.idNumbers.push(normaliseIdNumber(raw.idNumber));
    group.names.push(normaliseName(raw.name));
    const account = normaliseName(raw.account);
    group.accountNumbers.push(account === '' ? null : account);
    group.amountsFen.push(values.amount(raw.amount));
    group.statuses.push(values.status(raw.status));
  }
  return { batches: [...groups.values()], hasNextPage: raws.length > limit };
}
