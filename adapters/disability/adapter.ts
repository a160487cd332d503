import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { readLegacyDate, toLegacyDate, type IsoDate } from '../../lib/dates.js';
import { chunk } from '../../lib/chunks.js';
import { codeTable } from '../code-table.js';
import { DepartmentDatabase } from '../database.js';
import { eachRowByIdNumbers, type IdRowsRead } from '../id-rows.js';
import { codeInSql, CodeMapping } from '../mapping/layout.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql, sqliteNormalisedId } from '../sql-dialect.js';
import { CertificateTable, type CertificateRow } from './entities.js';
import type { DisabilityCategory, DisabilityCertificateRecord, PersonIdPage, ScreeningCertificate } from './records.js';
import { byIssueDate, certificateValidAt, isSevere } from './validity.js';
import type { DatabaseLocation, Dialect } from '../../lib/database-location.js';

export const MAX_PAGE_SIZE = 10_000;
/** Rows read per statement when paging: cancelled certificates are only filtered out after reading. */
const MIN_PAGE_FETCH = 1000;

const CATEGORY = codeTable<Exclude<DisabilityCategory, 'UNRECOGNISED'>>({
  '1': 'VISUAL',
  '2': 'HEARING',
  '3': 'SPEECH',
  '4': 'PHYSICAL',
  '5': 'INTELLECTUAL',
  '6': 'MENTAL',
  '7': 'MULTIPLE',
});
const LEVELS: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4': 4 };
/** The codes of the severe levels (1 and 2). */
const SEVERE_LEVEL_CODES = Object.keys(LEVELS).filter((code) => LEVELS[code]! <= 2);

/** Certificate numbers compare like ID numbers: unpadded, with an upper-case X. */
export function normaliseCertificateNumber(raw: string | null | undefined): string {
  if (raw == null) return '';
  return trimLegacyText(raw).toUpperCase();
}

/** What the screening rules read of a certificate (codes as documented): one mapping for the full record and the screening read. */
function screeningCertificateOf(row: ScreeningCertificateRow): ScreeningCertificate {
  const categoryCode = normaliseCode(row.category);
  const levelCode = normaliseCode(row.level);
  const issued = readLegacyDate(row.issued);
  const until = readLegacyDate(row.until);
  const cancelled = readLegacyDate(row.cancelled);
  return {
    certificateNumber: normaliseCertificateNumber(row.number),
    idNumber: normaliseIdNumber(row.id),
    category: CATEGORY.read(categoryCode),
    categoryCode,
    level: levelCode !== null && Object.hasOwn(LEVELS, levelCode) ? LEVELS[levelCode]! : null,
    levelCode,
    issueDate: issued.date,
    issueDateUnreadable: issued.unreadable,
    validUntil: until.date,
    validUntilUnreadable: until.unreadable,
    cancellationDate: cancelled.date,
    cancellationDateUnreadable: cancelled.unreadable,
  };
}

export function toCertificateRecord(row: CertificateRow): DisabilityCertificateRecord {
  const certificate = screeningCertificateOf({
    number: row.CJRZH,
    id: row.SFZH,
    category: row.CJLBDM,
    level: row.CJDJDM,
    issued: row.FZRQ,
    until: row.YXQZ,
    cancelled: row.ZXRQ,
  });
  return { ...certificate, name: normaliseName(row.XM) };
}

/** The page cursor is the last certificate number read, as stored, so keyset order is the column's own. */
export function encodePageCursor(storedCertificateNumber: string): string {
  return Buffer.from(storedCertificateNumber, 'utf8').toString('base64url');
}

/** The stored certificate number behind a cursor, or null when the text is not a cursor this adapter made. */
export function decodePageCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  return key !== '' && encodePageCursor(key) === cursor ? key : null;
}

export interface ValidCertificateQuery {
  date: IsoDate;
  severeOnly: boolean;
  /** Leading digits of the holder's ID number (the first six are the issuing region). */
  divisionPrefix: string | null;
  first: number;
  /** A cursor from `encodePageCursor`, already decoded to the stored certificate number. */
  afterKey: string | null;
}

const SCREENING_CERTIFICATES: IdRowsRead<ScreeningCertificateRow> = {
  entity: CertificateTable.entity,
  idColumn: 'SFZH',
  columns: { number: 'CJRZH', id: 'SFZH', category: 'CJLBDM', level: 'CJDJDM', issued: 'FZRQ', until: 'YXQZ', cancelled: 'ZXRQ' },
  orderBy: 'CJRZH',
};

/** Read-only access to the disability certificates (残联 第二代残疾人证). */
export class DisabilityAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('DISABILITY', location);
  }

  /** Every certificate of each normalised ID number, ordered by issue date; persons without any are absent. */
  async certificatesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, DisabilityCertificateRecord[]>> {
    const found = new Map<string, DisabilityCertificateRecord[]>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'c.SFZH', ids, 'ids');
        const rows = await ds.getRepository(CertificateTable.entity).createQueryBuilder('c').where(match.sql, match.params).orderBy('c.CJRZH').getMany();
        for (const row of rows) {
          const record = toCertificateRecord(row);
          const list = found.get(record.idNumber);
          if (list) list.push(record);
          else found.set(record.idNumber, [record]);
        }
      }
    });
    for (const list of found.values()) list.sort(byIssueDate);
    return found;
  }

  /**
   * What the screening rules read of every certificate of each normalised ID number: all columns but
   * the name, as raw rows (no entity per row), each value what `toCertificateRecord` makes of it,
   * ordered by issue date. The same statements as `certificatesByIdNumbers`.
   */
  async screeningCertificatesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, ScreeningCertificate[]>> {
    const found = new Map<string, ScreeningCertificate[]>();
    const unique = [...new Set(idNumbers)];
    // Codes the department's mapping re-codes read back as the documented ones, as the entity's transformers do.
    const table = this.db.layout.table(CertificateTable.name);
    const categoryCodes = table.codes('CJLBDM');
    const levelCodes = table.codes('CJDJDM');
    await this.db.run((ds) =>
      eachRowByIdNumbers(ds, this.db.dialect, SCREENING_CERTIFICATES, unique, (row) => {
        const certificate = screeningCertificateOf({
          ...row,
          category: CodeMapping.read(categoryCodes, row.category),
          level: CodeMapping.read(levelCodes, row.level),
        });
        const idNumber = certificate.idNumber;
        const list = found.get(idNumber);
        if (list) list.push(certificate);
        else found.set(idNumber, [certificate]);
      }),
    );
    for (const list of found.values()) list.sort(byIssueDate);
    return found;
  }

  /** Certificates by normalised certificate number; unknown numbers are absent. */
  async certificatesByNumbers(certificateNumbers: readonly string[]): Promise<Map<string, DisabilityCertificateRecord>> {
    const found = new Map<string, DisabilityCertificateRecord>();
    const unique = [...new Set(certificateNumbers)];
    const wanted = new Set(unique);
    await this.db.run(async (ds) => {
      for (const numbers of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        // The number starts with the holder's ID: matching on the (normalised, indexed) ID column
        // also finds numbers stored padded, and the stored number itself catches a mistyped SFZH.
        const holders = idMatchSql(this.db.dialect, 'c.SFZH', [...new Set(numbers.map((n) => n.slice(0, 18)))], 'ids');
        const rows = await ds
          .getRepository(CertificateTable.entity)
          .createQueryBuilder('c')
          .where(`(${holders.sql} OR c.CJRZH IN (:...numbers))`, { ...holders.params, numbers: numberSpellings(numbers) })
          .orderBy('c.CJRZH')
          .getMany();
        for (const row of rows) {
          const record = toCertificateRecord(row);
          if (wanted.has(record.certificateNumber) && !found.has(record.certificateNumber)) found.set(record.certificateNumber, record);
        }
      }
    });
    return found;
  }

  /**
   * One page of the distinct holders (valid ID numbers only) of a certificate valid on `date`,
   * keyset-paginated by certificate number. The SQL narrows by the stored dates as text; the
   * exact validity (calendar dates, cancellation) is decided by `certificateValidAt`, so a page
   * may take more than one statement.
   */
  async personsWithValidCertificate(query: ValidCertificateQuery): Promise<PersonIdPage> {
    const dialect = this.db.dialect;
    const day = toLegacyDate(query.date);
    const fetchSize = Math.max(query.first + 1, MIN_PAGE_FETCH);
    const qualifies = (record: DisabilityCertificateRecord): boolean =>
      isValidIdNumber(record.idNumber) &&
      (query.divisionPrefix === null || record.idNumber.startsWith(query.divisionPrefix)) &&
      certificateValidAt(record, query.date) &&
      (!query.severeOnly || isSevere(record));

    return this.db.run(async (ds) => {
      const idNumbers: string[] = [];
      const seen = new Set<string>();
      let lastRead = query.afterKey;
      for (;;) {
        const qb = ds
          .getRepository(CertificateTable.entity)
          .createQueryBuilder('c')
          .where(`${normalisedText(dialect, 'c.FZRQ')} <= :day`, { day })
          .andWhere(`${normalisedText(dialect, 'c.YXQZ')} >= :day`, { day });
        if (query.severeOnly) {
          const levels = codeInSql(ds, CertificateTable.name, 'CJDJDM', normalisedText(dialect, 'c.CJDJDM'), SEVERE_LEVEL_CODES, 'levels');
          qb.andWhere(levels.sql, levels.params);
        }
        if (query.divisionPrefix !== null) qb.andWhere(`${normalisedText(dialect, 'c.SFZH')} LIKE :prefix`, { prefix: `${query.divisionPrefix}%` });
        if (lastRead !== null) qb.andWhere('c.CJRZH > :after', { after: lastRead });
        const rows = await qb.orderBy('c.CJRZH').limit(fetchSize).getMany();
        for (const row of rows) {
          const record = toCertificateRecord(row);
          const fresh = qualifies(record) && !seen.has(record.idNumber);
          // The page ends just before the next new holder, so a holder's further rows never start the next page.
          if (fresh && idNumbers.length === query.first) return { idNumbers, endCursor: encodePageCursor(lastRead!), hasNextPage: true };
          lastRead = row.CJRZH;
          if (fresh) {
            idNumbers.push(record.idNumber);
            seen.add(record.idNumber);
          }
        }
        if (rows.length < fetchSize) {
          return { idNumbers, endCursor: idNumbers.length > 0 && lastRead !== null ? encodePageCursor(lastRead) : null, hasNextPage: false };
        }
      }
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The columns the screening read selects, as stored (names are the select's aliases). */
interface ScreeningCertificateRow {
  number: string;
  id: string | null;
  category: string | null;
  level: string | null;
  issued: string | null;
  until: string | null;
  cancelled: string | null;
}

/** Both stored spellings of each number's X check character, so MySQL keeps to the primary key. */
function numberSpellings(numbers: readonly string[]): string[] {
  const spellings: string[] = [];
  for (const number of numbers) {
    spellings.push(number);
    if (number[17] === 'X') spellings.push(`${number.slice(0, 17)}x${number.slice(18)}`);
  }
  return spellings;
}

/**
 * A CHAR column trimmed of legacy padding for comparison in SQL. The upper-casing of the shared ID
 * expression is harmless on dates and digit codes. MySQL's CHAR columns are too narrow to hold a
 * padded 8-digit date or a padded 1-digit code, so there the column compares as it is.
 */
function normalisedText(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? sqliteNormalisedId(column) : column;
}
