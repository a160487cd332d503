/**
 * The finance rules' read of payment lines (subgraphs/finance/screening.ts): only the columns the
 * rules look at, each batch mapped once. A screening question names thousands of lines and the
 * rules also read every line of the same persons under the same programme and period; a full
 * record per line, its dates parsed and its batch mapped in, cost finance more than the rules.
 * Both reads are raw statements over the stored names (adapters/raw-sql.ts), built once per call.
 */
import { chunk } from '../../lib/chunks.js';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import type { Dialect } from '../../lib/database-location.js';
import { idMatchSql, LOOKUP_CHUNK_SIZE, SET_LOOKUP_CHUNK_SIZE } from '../sql-dialect.js';
import type { RawSql } from '../raw-sql.js';
import { LineValues } from './line-values.js';
import { BatchTable, LineTable } from './entities.js';
import { idParam, idText } from './line-ids.js';
import type { BatchRecord, PaymentLineRecord } from './records.js';

/** What the rules read of a line's batch: as its BatchRecord has it. */
export type ScreeningBatch = Pick<BatchRecord, 'batchNumber' | 'programmeCode' | 'period'>;

/** What the rules read of a line: each field as its PaymentLineRecord has it. */
export interface ScreeningLine extends Pick<PaymentLineRecord, 'id' | 'idNumber' | 'idNumberValid' | 'accountNumber' | 'amountFen' | 'status'> {
  batch: ScreeningBatch;
}

/** What the duplicate rule reads of the other lines of a person under a programme and period. */
export interface ScreeningGroupLine extends Pick<ScreeningLine, 'id' | 'idNumber' | 'status'> {
  batch: ScreeningBatch;
}

/** The columns selected, as the drivers return them (BIGINT and DECIMAL as text from mysql2, numbers from SQLite). */
interface ScreeningRow {
  id: string | number;
  batch: string;
  programme: string | null;
  period: string | null;
  idNumber: string | null;
  account?: string | null;
  amount?: string | number | null;
  status: string | null;
}

/** FF_MX joined to its batch (a line whose batch row is missing is not served): the rules' columns only, `full` with account and amount. */
function screeningSelect(sql: RawSql, full: boolean): string {
  const line = (column: string, label: string) => sql.select('m', LineTable.name, column, label);
  const batch = (column: string, label: string) => sql.select('b', BatchTable.name, column, label);
  const columns = [
    line('MXID', 'id'),
    batch('PCH', 'batch'),
    batch('XMDM', 'programme'),
    batch('FFQJ', 'period'),
    line('SFZH', 'idNumber'),
    ...(full ? [line('YHZH', 'account'), line('JE', 'amount')] : []),
    line('FFZTDM', 'status'),
  ];
  const join = `${sql.column('b', BatchTable.name, 'PCH')} = ${sql.column('m', LineTable.name, 'PCH')}`;
  return `SELECT ${columns.join(', ')} FROM ${sql.from(LineTable.name, 'm')} INNER JOIN ${sql.from(BatchTable.name, 'b')} ON ${join}`;
}

/**
 * Rows to lines, every line of a batch sharing one batch object. Values that repeat across a read
 * (statuses, amounts: most lines pay a programme's standard) are mapped once per distinct value.
 */
class LineMapper {
  private readonly batches = new Map<string, ScreeningBatch>();
  private readonly values = new LineValues();

  batch(row: ScreeningRow): ScreeningBatch {
    let batch = this.batches.get(row.batch);
    if (batch === undefined) {
      batch = { batchNumber: trimLegacyText(row.batch), programmeCode: normaliseCode(row.programme), period: normaliseCode(row.period) };
      this.batches.set(row.batch, batch);
    }
    return batch;
  }

  line(row: ScreeningRow): ScreeningLine {
    const idNumber = normaliseIdNumber(row.idNumber);
    const account = normaliseName(row.account);
    return {
      id: idText(row.id),
      batch: this.batch(row),
      idNumber,
      idNumberValid: isValidIdNumber(idNumber),
      accountNumber: account === '' ? null : account,
      amountFen: this.values.amount(row.amount),
      status: this.values.status(row.status),
    };
  }

  groupLine(row: ScreeningRow): ScreeningGroupLine {
    return { id: idText(row.id), batch: this.batch(row), idNumber: normaliseIdNumber(row.idNumber), status: this.values.status(row.status) };
  }
}

/** The lines with these canonical ids that exist, by id. */
export async function readScreeningLines(sql: RawSql, ids: readonly string[]): Promise<Map<string, ScreeningLine>> {
  const found = new Map<string, ScreeningLine>();
  const mapper = new LineMapper();
  const select = screeningSelect(sql, true);
  const key = sql.column('m', LineTable.name, 'MXID');
  for (const part of chunk([...new Set(ids)], LOOKUP_CHUNK_SIZE)) {
    const where = sql.where(`${key} IN (:...ids)`, { ids: part.map(idParam) });
    const rows = await sql.rows<ScreeningRow>(`${select} WHERE ${where.sql}`, where.values);
    for (const row of rows) {
      const line = mapper.line(row);
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

/**
 * Every line, in any batch, of the given persons under the same programme and period. The lines
 * asked about are mostly among them: a line in `known` (read by readScreeningLines) is that object.
 */
export async function readScreeningGroupLines(
  sql: RawSql,
  dialect: Dialect,
  groups: readonly ScreeningGroup[],
  known: ReadonlyMap<string, ScreeningGroupLine> = new Map(),
): Promise<ScreeningGroupLine[]> {
  const found: ScreeningGroupLine[] = [];
  const mapper = new LineMapper();
  const select = screeningSelect(sql, false);
  const programme = sql.column('b', BatchTable.name, 'XMDM');
  const period = sql.column('b', BatchTable.name, 'FFQJ');
  const person = sql.column('m', LineTable.name, 'SFZH');
  for (const group of groups) {
    for (const ids of chunk([...new Set(group.idNumbers)], SET_LOOKUP_CHUNK_SIZE)) {
      const match = idMatchSql(dialect, person, ids, 'ids');
      const where = sql.where(`${programme} = :programme AND ${period} = :period AND ${match.sql}`, {
        programme: group.programmeCode,
        period: group.period,
        ...match.params,
      });
      const rows = await sql.rows<ScreeningRow>(`${select} WHERE ${where.sql}`, where.values);
      for (const row of rows) found.push(known.get(idText(row.id)) ?? mapper.groupLine(row));
    }
  }
  return found;
}
