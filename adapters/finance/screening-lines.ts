/**
 * The finance rules' read of payment lines (subgraphs/finance/screening.ts): only the columns the
 * rules look at, each batch mapped once. A screening question names thousands of lines and the
 * rules also read every line of the same persons under the same programme and period; a full
 * record per line, its dates parsed and its batch mapped in, cost finance more than the rules.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { chunk } from '../../lib/chunks.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { decimalToFen } from '../../lib/money.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { documentedCodeSql } from '../mapping/layout.js';
import type { Dialect } from '../../lib/database-location.js';
import { idMatchSql, LOOKUP_CHUNK_SIZE } from '../sql-dialect.js';
import { LINE_STATUS } from './codes.js';
import { BatchTable, LineTable } from './entities.js';
import { idParam, idText } from './line-ids.js';
import type { BatchRecord, PaymentLineRecord } from './records.js';

/** What the rules read of a line's batch: as its BatchRecord has it. */
export type ScreeningBatch = Pick<BatchRecord, 'batchNumber' | 'programmeCode' | 'period'>;

/** What the rules read of a line: each field as its PaymentLineRecord has it. */
export interface ScreeningLine extends Pick<PaymentLineRecord, 'id' | 'idNumber' | 'idNumberValid' | 'accountNumber' | 'amountFen' | 'status'> {
  batch: ScreeningBatch;
}

/** The columns selected, as the drivers return them (BIGINT and DECIMAL as text from mysql2, numbers from SQLite). */
interface ScreeningRow {
  id: string | number;
  batch: string;
  programme: string | null;
  period: string | null;
  idNumber: string | null;
  account: string | null;
  amount: string | number | null;
  status: string | null;
}

/** FF_MX joined to its batch (a line whose batch row is missing is not served), the rules' columns only. */
function screeningQuery(ds: DataSource): SelectQueryBuilder<object> {
  // A code column the department's mapping renames reads back as the documented code (adapters/mapping).
  const line = (column: string) => documentedCodeSql(ds, LineTable.name, column, `m.${column}`);
  const batch = (column: string) => documentedCodeSql(ds, BatchTable.name, column, `b.${column}`);
  return ds
    .getRepository(LineTable.entity)
    .createQueryBuilder('m')
    .innerJoin(BatchTable.name, 'b', 'b.PCH = m.PCH')
    .select('m.MXID', 'id')
    .addSelect('b.PCH', 'batch')
    .addSelect(batch('XMDM'), 'programme')
    .addSelect(batch('FFQJ'), 'period')
    .addSelect(line('SFZH'), 'idNumber')
    .addSelect(line('YHZH'), 'account')
    .addSelect(line('JE'), 'amount')
    .addSelect(line('FFZTDM'), 'status');
}

/** Rows to lines, every line of a batch sharing one batch object. */
function lineMapper(): (row: ScreeningRow) => ScreeningLine {
  const batches = new Map<string, ScreeningBatch>();
  return (row) => {
    let batch = batches.get(row.batch);
    if (batch === undefined) {
      batch = { batchNumber: trimLegacyText(row.batch), programmeCode: normaliseCode(row.programme), period: normaliseCode(row.period) };
      batches.set(row.batch, batch);
    }
    const idNumber = normaliseIdNumber(row.idNumber);
    const account = normaliseName(row.account);
    return {
      id: idText(row.id),
      batch,
      idNumber,
      idNumberValid: isValidIdNumber(idNumber),
      accountNumber: account === '' ? null : account,
      // JE is nullable in the legacy DDL; a line without an amount pays nothing.
      amountFen: row.amount == null || row.amount === '' ? 0 : decimalToFen(row.amount),
      status: LINE_STATUS.read(normaliseCode(row.status)),
    };
  };
}

/** The lines with these canonical ids that exist, by id. */
export async function readScreeningLines(ds: DataSource, ids: readonly string[]): Promise<Map<string, ScreeningLine>> {
  const found = new Map<string, ScreeningLine>();
  const toLine = lineMapper();
  for (const part of chunk([...new Set(ids)], LOOKUP_CHUNK_SIZE)) {
    const rows: ScreeningRow[] = await screeningQuery(ds).where('m.MXID IN (:...ids)', { ids: part.map(idParam) }).getRawMany();
    for (const row of rows) {
      const line = toLine(row);
      found.set(line.id, line);
    }
  }
  return found;
}

/** A (programme, period) group of normalised ID numbers whose other lines are wanted. */
export interface ScreeningGroup {
  programmeCode: string;
  period: string;
  idNumbers: readonly string[];
}

/** Every line, in any batch, of the given persons under the same programme and period. */
export async function readScreeningGroupLines(ds: DataSource, dialect: Dialect, groups: readonly ScreeningGroup[]): Promise<ScreeningLine[]> {
  const found: ScreeningLine[] = [];
  const toLine = lineMapper();
  for (const group of groups) {
    for (const ids of chunk([...new Set(group.idNumbers)], LOOKUP_CHUNK_SIZE)) {
      const match = idMatchSql(dialect, 'm.SFZH', ids, 'ids');
      const rows: ScreeningRow[] = await screeningQuery(ds)
        .where('b.XMDM = :programme AND b.FFQJ = :period', { programme: group.programmeCode, period: group.period })
        .andWhere(match.sql, match.params)
        .getRawMany();
      for (const row of rows) found.push(toLine(row));
    }
  }
  return found;
}
