import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { parseLegacyDate, periodStart, toIsoDateTime } from '../../lib/dates.js';
import { decimalToFen, nullableDecimalToFen } from '../../lib/money.js';
import { chunk } from '../../lib/chunks.js';
import { DepartmentDatabase } from '../database.js';
import { idMatchSql } from '../sql-dialect.js';
import {
  AccountEntity,
  BatchEntity,
  FINANCE_ENTITIES,
  LineEntity,
  ProgrammeEntity,
  type AccountRow,
  type BatchRow,
  type LineRow,
  type ProgrammeRow,
} from './entities.js';
import type {
  AccountType,
  BatchRecord,
  BatchStatus,
  BatchTotals,
  FundingLevel,
  PaymentCycle,
  PaymentLineRecord,
  PaymentLineStatus,
  ProgrammeRecord,
  RegisteredAccountRecord,
  ResponsibleDepartment,
} from './records.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export const LOOKUP_CHUNK_SIZE = 1000;

export const DEPARTMENT: Record<string, ResponsibleDepartment> = {
  CZ: 'FINANCE',
  MZ: 'CIVIL_AFFAIRS',
  RS: 'HR',
  CL: 'DISABILITY',
  NY: 'AGRICULTURE',
  WJ: 'HEALTH',
  JY: 'EDUCATION',
  TY: 'VETERANS',
};
export const FUNDING_LEVEL: Record<string, FundingLevel> = { '1': 'CENTRAL', '2': 'PROVINCIAL', '3': 'MUNICIPAL', '4': 'COUNTY' };
const PAYMENT_CYCLE: Record<string, PaymentCycle> = { M: 'MONTHLY', Q: 'QUARTERLY', Y: 'YEARLY', O: 'ONE_OFF' };
const BATCH_STATUS: Record<string, BatchStatus> = { '01': 'DRAFTED', '02': 'APPROVED', '03': 'SENT_TO_BANK', '04': 'PAID', '05': 'PARTLY_FAILED' };
const LINE_STATUS: Record<string, PaymentLineStatus> = { '0': 'PENDING', '1': 'CREDITED', '2': 'FAILED' };
const ACCOUNT_TYPE: Record<string, AccountType> = { '1': 'SOCIAL_SECURITY_CARD', '2': 'BANK_CARD', '3': 'PASSBOOK' };

export function lookup<T extends string>(table: Record<string, T>, code: string | null): T | 'UNRECOGNISED' {
  return (code !== null && Object.hasOwn(table, code) ? table[code] : undefined) ?? 'UNRECOGNISED';
}

/** Free text and user ids: trimmed, and an empty string is "none". */
function text(raw: string | null | undefined): string | null {
  const value = normaliseName(raw);
  return value === '' ? null : value;
}

/** BIGINT arrives as text from mysql2 and as a number from SQLite; the hub carries it as decimal text. */
export function idText(raw: string | number | bigint): string {
  return BigInt(raw).toString();
}

/**
 * A canonical line id as a statement parameter: a plain number keeps the comparison integral on
 * both dialects; an id beyond 2^53 stays text rather than being rounded.
 */
export function idParam(id: string): number | string {
  const n = Number(id);
  return Number.isSafeInteger(n) ? n : id;
}

/** Orders line ids numerically without going through a float. */
export function compareLineIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical form of a line id typed by a client (digits only), or null when it cannot be one. */
export function canonicalLineId(raw: string): string | null {
  const value = raw.trim();
  if (!/^\d{1,19}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= 9223372036854775807n ? id.toString() : null;
}

/** An integer count or sum of fen from an aggregate: text on MySQL, a number (possibly REAL) on SQLite. */
export function integerAggregate(raw: unknown): number {
  if (raw == null || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new RangeError('aggregate is not a safe integer');
  return n;
}

export function toProgrammeRecord(row: ProgrammeRow): ProgrammeRecord {
  const departmentCode = normaliseCode(row.ZGBMDM);
  const fundingLevelCode = normaliseCode(row.ZJJCDM);
  const paymentCycleCode = normaliseCode(row.FFZQDM);
  return {
    code: trimLegacyText(row.XMDM),
    name: text(row.XMMC),
    department: lookup(DEPARTMENT, departmentCode),
    departmentCode,
    fundingLevel: lookup(FUNDING_LEVEL, fundingLevelCode),
    fundingLevelCode,
    paymentCycle: lookup(PAYMENT_CYCLE, paymentCycleCode),
    paymentCycleCode,
    standardAmountFen: nullableDecimalToFen(row.BZJE),
    eligibilityCondition: normaliseCode(row.ZGTJ),
    policyBasis: text(row.ZCYJ),
    published: normaliseCode(row.GKBZ) === '1',
    year: normaliseCode(row.ND),
  };
}

export function toBatchRecord(row: BatchRow): BatchRecord {
  const period = normaliseCode(row.FFQJ);
  const statusCode = normaliseCode(row.ZTDM);
  return {
    batchNumber: trimLegacyText(row.PCH),
    programmeCode: normaliseCode(row.XMDM),
    period,
    periodStart: period ? periodStart(period) : null,
    countyCode: normaliseCode(row.XZQHDM),
    status: lookup(BATCH_STATUS, statusCode),
    statusCode,
    enteredBy: text(row.LRR),
    approvedBy: text(row.SHR),
    sentToBankAt: toIsoDateTime(row.TJSJ),
  };
}

export function toPaymentLineRecord(row: LineRow, batch: BatchRecord): PaymentLineRecord {
  const idNumber = normaliseIdNumber(row.SFZH);
  const statusCode = normaliseCode(row.FFZTDM);
  return {
    id: idText(row.MXID),
    batch,
    idNumberAsEntered: row.SFZH ?? '',
    idNumber,
    idNumberValid: isValidIdNumber(idNumber),
    name: normaliseName(row.XM),
    accountNumber: text(row.YHZH),
    // JE is nullable in the legacy DDL; a line without an amount pays nothing.
    amountFen: row.JE == null || row.JE === '' ? 0 : decimalToFen(row.JE),
    status: lookup(LINE_STATUS, statusCode),
    statusCode,
    failureReason: text(row.SBYY),
    creditedAt: toIsoDateTime(row.DZSJ),
  };
}

export function toRegisteredAccountRecord(row: AccountRow): RegisteredAccountRecord {
  const accountTypeCode = normaliseCode(row.ZHLXDM);
  return {
    recordId: idText(row.ZHID),
    idNumber: normaliseIdNumber(row.SFZH),
    holderName: normaliseName(row.XM),
    accountType: lookup(ACCOUNT_TYPE, accountTypeCode),
    accountTypeCode,
    bankCode: normaliseCode(row.KHYHDM),
    accountNumber: text(row.YHZH),
    inUse: normaliseCode(row.ZT) === '1',
    registeredOn: parseLegacyDate(row.DJRQ),
  };
}

export const LINE_COLUMNS = ['MXID', 'PCH', 'SFZH', 'XM', 'YHZH', 'JE', 'FFZTDM', 'SBYY', 'DZSJ'] as const;
const BATCH_COLUMNS = ['PCH', 'XMDM', 'FFQJ', 'XZQHDM', 'ZTDM', 'LRR', 'SHR', 'TJSJ'] as const;

type RawLine = Record<string, string | number | null>;

function rawToLine(raw: RawLine): PaymentLineRecord {
  const line = Object.fromEntries(LINE_COLUMNS.map((c) => [c, raw[`mx_${c}`] ?? null])) as unknown as LineRow;
  const batch = Object.fromEntries(BATCH_COLUMNS.map((c) => [c, raw[`pc_${c}`] ?? null])) as unknown as BatchRow;
  return toPaymentLineRecord(line, toBatchRecord(batch));
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
    this.db = new DepartmentDatabase('FINANCE', location, FINANCE_ENTITIES);
  }

  /** The whole programme list: tens to hundreds of rows, so filters are applied by the caller on records. */
  async allProgrammes(): Promise<ProgrammeRecord[]> {
    return this.db.run(async (ds) => {
      const rows = await ds.getRepository(ProgrammeEntity).createQueryBuilder('p').orderBy('p.XMDM').getMany();
      return rows.map(toProgrammeRecord);
    });
  }

  async programmesByCodes(codes: readonly string[]): Promise<Map<string, ProgrammeRecord>> {
    const found = new Map<string, ProgrammeRecord>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(codes)], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds.getRepository(ProgrammeEntity).createQueryBuilder('p').where('p.XMDM IN (:...codes)', { codes: part }).orderBy('p.XMDM').getMany();
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
        const rows = await ds.getRepository(BatchEntity).createQueryBuilder('b').where('b.PCH IN (:...numbers)', { numbers: part }).orderBy('b.PCH').getMany();
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
          .getRepository(BatchEntity)
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
    const found = new Map<string, BatchTotals>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(batchNumbers)], LOOKUP_CHUNK_SIZE)) {
        const rows: Array<{ pch: string; lines: unknown; fen: unknown }> = await ds
          .getRepository(LineEntity)
          .createQueryBuilder('m')
          .select('m.PCH', 'pch')
          .addSelect('COUNT(*)', 'lines')
          .addSelect('SUM(ROUND(m.JE * 100))', 'fen')
          .where('m.PCH IN (:...numbers)', { numbers: part })
          .groupBy('m.PCH')
          .orderBy('m.PCH')
          .getRawMany();
        for (const row of rows) found.set(trimLegacyText(row.pch), { lineCount: integerAggregate(row.lines), totalFen: integerAggregate(row.fen) });
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
      const raws: RawLine[] = await query.orderBy('m.MXID').limit(limit + 1).getRawMany();
      const lines = raws.slice(0, limit).map(rawToLine);
      return { lines, hasNextPage: raws.length > limit };
    });
  }

  async linesByIds(ids: readonly string[]): Promise<Map<string, PaymentLineRecord>> {
    const found = new Map<string, PaymentLineRecord>();
    await this.db.run(async (ds) => {
      for (const part of chunk([...new Set(ids)], LOOKUP_CHUNK_SIZE)) {
        const raws: RawLine[] = await this.lineQuery(ds)
          .where('m.MXID IN (:...ids)', { ids: part.map(idParam) })
          .orderBy('m.MXID')
          .getRawMany();
        for (const raw of raws) {
          const line = rawToLine(raw);
          found.set(line.id, line);
        }
      }
    });
    return found;
  }

  /** Every line paid to each person (by normalised ID) across all batches, by period then MXID. */
  async linesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, PaymentLineRecord[]>> {
    const found = new Map<string, PaymentLineRecord[]>();
    await this.db.run(async (ds) => {
      for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
        const raws: RawLine[] = await this.lineQuery(ds).where(match.sql, match.params).orderBy('b.FFQJ').addOrderBy('m.MXID').getRawMany();
        for (const raw of raws) {
          const line = rawToLine(raw);
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
   * candidates for a duplicate payment. One statement per group and chunk of ID numbers.
   */
  async linesInProgrammePeriods(groups: readonly ProgrammePeriodGroup[]): Promise<PaymentLineRecord[]> {
    const found: PaymentLineRecord[] = [];
    if (groups.length === 0) return found;
    await this.db.run(async (ds) => {
      for (const group of groups) {
        for (const ids of chunk([...new Set(group.idNumbers)], LOOKUP_CHUNK_SIZE)) {
          const match = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
          const raws: RawLine[] = await this.lineQuery(ds)
            .where('b.XMDM = :programme AND b.FFQJ = :period', { programme: group.programmeCode, period: group.period })
            .andWhere(match.sql, match.params)
            .orderBy('m.MXID')
            .getRawMany();
          found.push(...raws.map(rawToLine));
        }
      }
    });
    return found;
  }

  /** Registered accounts of each person (in use and retired), by record id. */
  async accountsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, RegisteredAccountRecord[]>> {
    const found = new Map<string, RegisteredAccountRecord[]>();
    await this.db.run(async (ds) => {
      for (const ids of chunk([...new Set(idNumbers)], LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'a.SFZH', ids, 'ids');
        const rows = await ds.getRepository(AccountEntity).createQueryBuilder('a').where(match.sql, match.params).orderBy('a.ZHID').getMany();
        for (const row of rows) {
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

  /** FF_MX joined to its batch; a line whose batch row is missing has no programme or period and is not served. */
  private lineQuery(ds: DataSource): SelectQueryBuilder<LineRow> {
    const query = ds.getRepository(LineEntity).createQueryBuilder('m').innerJoin('FF_PC', 'b', 'b.PCH = m.PCH').select('m.MXID', 'mx_MXID');
    for (const column of LINE_COLUMNS.slice(1)) query.addSelect(`m.${column}`, `mx_${column}`);
    for (const column of BATCH_COLUMNS) query.addSelect(`b.${column}`, `pc_${column}`);
    return query;
  }
}

