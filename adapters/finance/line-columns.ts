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

/**
 * The statement both page reads share: the batches' lines after `afterId` whose batch row exists,
 * in MXID order, one more than `limit` (to tell whether another page follows), selecting the id.
 */
function pageQuery(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, limit: number) {
  const query = ds
    .getRepository(LineTable.entity)
    .createQueryBuilder('m')
    .innerJoin(BatchTable.name, 'b', 'b.PCH = m.PCH')
    .select('m.MXID', 'id')
    .where('m.PCH IN (:...numbers)', { numbers: [...new Set(batchNumbers)] });
  if (afterId !== null) query.andWhere('m.MXID > :after', { after: idParam(afterId) });
  return query.orderBy('m.MXID').limit(limit + 1);
}

/** The ids alone of the lines `readLineColumnsPage` reads: the same statement without the other columns. */
export async function readLineIdsPage(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, limit: number): Promise<{ ids: string[]; hasNextPage: boolean }> {
  const raws: Array<{ id: string | number }> = await pageQuery(ds, batchNumbers, afterId, limit).getRawMany();
  const count = Math.min(raws.length, limit);
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) ids[i] = idText(raws[i]!.id);
  return { ids, hasNextPage: raws.length > limit };
}

/** Up to `limit` lines of the batches after `afterId`, in MXID order; lines whose batch row is missing are not served. */
export async function readLineColumnsPage(ds: DataSource, batchNumbers: readonly string[], afterId: string | null, limit: number): Promise<LineColumnsPage> {
  const raws: LineColumnRow[] = await pageQuery(ds, batchNumbers, afterId, limit)
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
