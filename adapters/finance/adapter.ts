import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { trimLegacyText } from '../../lib/text.js';
import { chunk } from '../../lib/chunks.js';
import type { DatabaseLocation } from '../../lib/database-location.js';
import { DepartmentDatabase } from '../database.js';
import { LOOKUP_CHUNK_SIZE, SET_LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import { AccountTable, BatchTable, LineTable, ProgrammeTable, type AccountRow, type LineRow } from './entities.js';
import { idParam } from './line-ids.js';
import { readLineChunks, readLineColumnsPage, type LineChunks, type LineColumnsPage } from './line-columns.js';
import { readScreeningGroupLines, readScreeningLines, type ScreeningGroupLine, type ScreeningLine } from './screening-lines.js';
import { readScreeningAccounts, type ScreeningAccount } from './screening-accounts.js';
import { RawSql } from '../raw-sql.js';
import {
  addBatchColumns,
  batchRowOf,
  lineRowOf,
  selectLineColumns,
  toBatchRecord,
  toPaymentLineRecord,
  toProgrammeRecord,
  toRegisteredAccountRecord,
  type RawRow,
} from './mapping.js';
import type { BatchRecord, BatchTotals, PaymentLineRecord, ProgrammeRecord, RegisteredAccountRecord } from './records.js';
import { fenSql, integerAggregate } from './sql.js';

/**
 * Maps joined line+batch rows to records. A read returns thousands of lines of a few batches, so
 * each batch is mapped once per read and shared by its lines rather than rebuilt for every line.
 */
function lineMapper(): (raw: RawRow) => PaymentLineRecord {
  const batches = new Map<unknown, BatchRecord>();
  return (raw) => {
    const key = raw.pc_PCH;
    let batch = batches.get(key);
    if (batch === undefined) {
      batch = toBatchRecord(batchRowOf(raw));
      batches.set(key, batch);
    }
    return toPaymentLineRecord(lineRowOf(raw), batch);
  };
}

/** Page of lines after a cursor. */
export interface LinePage {
  lines: PaymentLineRecord[];
  hasNextPage: boolean;
}

/** A (programme, period) group of normalised ID numbers whose other lines are wanted. */
export interface ProgrammePeriodGroup {
  programmeCode: string;
  period: string;
  idNumbers: readonly string[];
}

/** Read-only access to the one-card disbursement system (财政 惠民惠农补贴“一卡通”). */
export class FinanceAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('FINANCE', location);
  }

  /** The whole programme list: tens to hundreds of rows, so filters are applied by the caller on records. */
  async allProgrammes(): Promise<ProgrammeRecord[]> {
    return this.db.run(async (ds) => {
      const rows = await ds.getRepository(ProgrammeTable.entity).createQueryBuilder('p').orderBy('p.XMDM').getMany();
      return rows.map(toProgrammeRecord);
    });
  }

  async programmesByCodes(codes: readonly string[]): Promise<Map<string, ProgrammeRecord>> {
    const found = new Map<string, ProgrammeRecord>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(codes)], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds.getRepository(ProgrammeTable.entity).createQueryBuilder('p').where('p.XMDM IN (:...codes)', { codes: part }).orderBy('p.XMDM').getMany();
        for (const row of rows) {
          const record = toProgrammeRecord(row);
          if (!found.has(record.code)) found.set(record.code, record);
        }
      }
    });
    return found;
  }

  async batchesByNumbers(batchNumbers: readonly string[]): Promise<Map<string, BatchRecord>> {
    const found = new Map<string, BatchRecord>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(batchNumbers)], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds.getRepository(BatchTable.entity).createQueryBuilder('b').where('b.PCH IN (:...numbers)', { numbers: part }).orderBy('b.PCH').getMany();
        for (const row of rows) {
          const record = toBatchRecord(row);
          if (!found.has(record.batchNumber)) found.set(record.batchNumber, record);
        }
      }
    });
    return found;
  }

  /** Every batch of each programme, by period then batch number. */
  async batchesByProgrammeCodes(codes: readonly string[]): Promise<Map<string, BatchRecord[]>> {
    const found = new Map<string, BatchRecord[]>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(codes)], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds
          .getRepository(BatchTable.entity)
          .createQueryBuilder('b')
          .where('b.XMDM IN (:...codes)', { codes: part })
          .orderBy('b.FFQJ')
          .addOrderBy('b.PCH')
          .getMany();
        for (const row of rows) {
          const record = toBatchRecord(row);
          const key = record.programmeCode ?? '';
          const list = found.get(key);
          if (list) list.push(record);
          else found.set(key, [record]);
        }
      }
    });
    return found;
  }

  /**
   * Line count and exact total of each batch. The sum is taken over whole fen: on SQLite a DECIMAL
   * is a binary REAL, and rounding each amount to fen before adding keeps 0.10 + 0.20 at 30 fen.
   */
  async batchTotals(batchNumbers: readonly string[]): Promise<Map<string, BatchTotals>> {
    return this.perBatch(batchNumbers, true);
  }

  /**
   * Line count of each batch alone. Counting reads only the batch-number index where there is one;
   * the total also reads every line's amount, which a check that only sizes its run does not need.
   */
  async batchLineCounts(batchNumbers: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const [number, { lineCount }] of await this.perBatch(batchNumbers, false)) counts.set(number, lineCount);
    return counts;
  }

  /** Each batch's line count, and with `withTotal` its total in fen (else 0): one statement shape for both reads. */
  private async perBatch(batchNumbers: readonly string[], withTotal: boolean): Promise<Map<string, BatchTotals>> {
    const found = new Map<string, BatchTotals>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(batchNumbers)], LOOKUP_CHUNK_SIZE)) {
        const query = ds.getRepository(LineTable.entity).createQueryBuilder('m').select('m.PCH', 'pch').addSelect('COUNT(*)', 'lines');
        if (withTotal) query.addSelect(`SUM(${fenSql('m.JE')})`, 'fen');
        const rows: Array<{ pch: string; lines: unknown; fen?: unknown }> = await query
          .where('m.PCH IN (:...numbers)', { numbers: part })
          .groupBy('m.PCH')
          .orderBy('m.PCH')
          .getRawMany();
        for (const row of rows) found.set(trimLegacyText(row.pch), { lineCount: integerAggregate(row.lines), totalFen: withTotal ? integerAggregate(row.fen) : 0 });
      }
    });
    for (const number of batchNumbers) if (!found.has(number)) found.set(number, { lineCount: 0, totalFen: 0 });
    return found;
  }

  /**
   * Lines of the given batches after `afterId`, in MXID order: keyset paging, so a page deep into
   * a batch of a million lines costs the same as the first one.
   */
  async linesPage(batchNumbers: readonly string[], afterId: string | null, limit: number): Promise<LinePage> {
    if (batchNumbers.length === 0 || limit < 1) return { lines: [], hasNextPage: false };
    return this.db.run(async (ds) => {
      const query = this.lineQuery(ds).where('m.PCH IN (:...numbers)', { numbers: [...new Set(batchNumbers)] });
      if (afterId !== null) query.andWhere('m.MXID > :after', { after: idParam(afterId) });
      const raws: RawRow[] = await query.orderBy('m.MXID').limit(limit + 1).getRawMany();
      const lines = raws.slice(0, limit).map(lineMapper());
      return { lines, hasNextPage: raws.length > limit };
    });
  }

  /** How the lines `linesPage` pages through are cut into chunks of `every` lines: see line-columns.ts. */
  async lineChunks(batchNumbers: readonly string[], every: number, afterId: string | null, throughId: string | null, idPage?: number): Promise<LineChunks> {
    if (batchNumbers.length === 0 || every < 1) return { chunkEnds: [], lines: 0, lastId: null };
    return this.db.run((ds) => readLineChunks(ds, batchNumbers, every, afterId, throughId, idPage));
  }

  /** `linesPage` as columns, for the cross-check, through `throughId` when given: see line-columns.ts. */
  async lineColumnsPage(batchNumbers: readonly string[], afterId: string | null, limit: number, throughId: string | null = null): Promise<LineColumnsPage> {
    if (batchNumbers.length === 0 || limit < 1) return { batches: [], hasNextPage: false };
    return this.db.run((ds) => readLineColumnsPage(ds, batchNumbers, afterId, limit, throughId));
  }

  /** The finance rules' read of lines by id and of the same persons' lines under a programme and period: see screening-lines.ts. */
  async screeningLines(ids: readonly string[]): Promise<Map<string, ScreeningLine>> {
    if (ids.length === 0) return new Map();
    return this.db.run((ds) => readScreeningLines(this.raw(ds), ids));
  }

  /** `known`: lines already read by id, served as they are rather than mapped again. */
  async screeningGroupLines(groups: readonly ProgrammePeriodGroup[], known?: ReadonlyMap<string, ScreeningGroupLine>): Promise<ScreeningGroupLine[]> {
    if (groups.length === 0) return [];
    return this.db.run((ds) => readScreeningGroupLines(this.raw(ds), this.db.dialect, groups, known));
  }

  /** The finance rules' read of registered accounts: see screening-accounts.ts. */
  async screeningAccounts(idNumbers: readonly string[]): Promise<Map<string, ScreeningAccount[]>> {
    if (idNumbers.length === 0) return new Map();
    return this.db.run((ds) => readScreeningAccounts(this.raw(ds), this.db.dialect, idNumbers));
  }

  async linesByIds(ids: readonly string[]): Promise<Map<string, PaymentLineRecord>> {
    const found = new Map<string, PaymentLineRecord>();
    const toLine = lineMapper();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(ids)], LOOKUP_CHUNK_SIZE)) {
        const raws: RawRow[] = await this.lineQuery(ds)
          .where('m.MXID IN (:...ids)', { ids: part.map(idParam) })
          .orderBy('m.MXID')
          .getRawMany();
        for (const raw of raws) {
          const line = toLine(raw);
          found.set(line.id, line);
        }
      }
    });
    return found;
  }

  /** Every line paid to each person (by normalised ID) across all batches, by period then MXID. */
  async linesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, PaymentLineRecord[]>> {
    const found = new Map<string, PaymentLineRecord[]>();
    const toLine = lineMapper();
    await this.db.run(async (ds) => {
      for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
        const raws: RawRow[] = await this.lineQuery(ds).where(match.sql, match.params).orderBy('b.FFQJ').addOrderBy('m.MXID').getRawMany();
        for (const raw of raws) {
          const line = toLine(raw);
          const list = found.get(line.idNumber);
          if (list) list.push(line);
          else found.set(line.idNumber, [line]);
        }
      }
    });
    return found;
  }

  /**
   * All lines, in any batch, of the given persons under the same programme and period: the
   * candidates for a duplicate payment. One statement per group (and per 10,000 ID numbers).
   */
  async linesInProgrammePeriods(groups: readonly ProgrammePeriodGroup[]): Promise<PaymentLineRecord[]> {
    const found: PaymentLineRecord[] = [];
    if (groups.length === 0) return found;
    await this.db.run(async (ds) => {
      for (const group of groups) {
        for (const ids of chunk([...new Set(group.idNumbers)], SET_LOOKUP_CHUNK_SIZE)) {
          const match = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
          const raws: RawRow[] = await this.lineQuery(ds)
            .where('b.XMDM = :programme AND b.FFQJ = :period', { programme: group.programmeCode, period: group.period })
            .andWhere(match.sql, match.params)
            .orderBy('m.MXID')
            .getRawMany();
          found.push(...raws.map(lineMapper()));
        }
      }
    });
    return found;
  }

  /** Registered accounts of each person (in use and retired), by record id. */
  async accountsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, RegisteredAccountRecord[]>> {
    const found = new Map<string, RegisteredAccountRecord[]>();
    await this.db.run(async (ds) => {
      // Raw rows under the documented column names: an entity per row costs more than its mapping.
      const sql = this.raw(ds);
      const columns = sql.entityColumns('a', AccountTable.name, AccountTable.columnNames);
      const select = `SELECT ${columns} FROM ${sql.from(AccountTable.name, 'a')}`;
      const order = ` ORDER BY ${sql.column('a', AccountTable.name, 'ZHID')}`;
      for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, sql.column('a', AccountTable.name, 'SFZH'), ids, 'ids');
        const where = sql.where(match.sql, match.params);
        for (const row of await sql.entityRows<AccountRow>(AccountTable.name, `${select} WHERE ${where.sql}${order}`, where.values, 'ZHID')) {
          const record = toRegisteredAccountRecord(row);
          const list = found.get(record.idNumber);
          if (list) list.push(record);
          else found.set(record.idNumber, [record]);
        }
      }
    });
    return found;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private raw(ds: DataSource): RawSql {
    return new RawSql(ds, this.db.layout, this.db.dialect);
  }

  /** FF_MX joined to its batch; a line whose batch row is missing has no programme or period and is not served. */
  private lineQuery(ds: DataSource): SelectQueryBuilder<LineRow> {
    return addBatchColumns(selectLineColumns(ds.getRepository(LineTable.entity).createQueryBuilder('m').innerJoin(BatchTable.name, 'b', 'b.PCH = m.PCH')));
  }
}

