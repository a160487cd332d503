import { isValidIdNumber, normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName } from '../../lib/text.js';
import { idNumberBirthDate, readLegacyDate, toIsoDateTime, type IsoDate } from '../../lib/dates.js';
import { chunk } from '../../lib/chunks.js';
import { codeTable } from '../code-table.js';
import { DepartmentDatabase } from '../database.js';
import { CodeMapping } from '../mapping/layout.js';
import { eachRowByIdNumbers, type IdRowsRead } from '../id-rows.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql, sqliteNormalisedId } from '../sql-dialect.js';
import { RegisterTable, type RegisterRow } from './entities.js';
import type { RegistrationRecord, RegistrationStatus, ScreeningRegistration, Sex } from './records.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

const SEX = codeTable<Sex>({ '1': 'MALE', '2': 'FEMALE', '9': 'UNKNOWN' });
const STATUS = codeTable<Exclude<RegistrationStatus, 'UNRECOGNISED'>>({ '0': 'NORMAL', '1': 'DECEASED', '2': 'CANCELLED' });

/** What the register rules read of an entry (the status code as documented): one mapping for the full record and the screening read. */
function screeningRegistrationOf(row: ScreeningRegisterRow): ScreeningRegistration {
  const statusCode = normaliseCode(row.status);
  const birth = readLegacyDate(row.birth);
  const death = readLegacyDate(row.death);
  const cancellation = readLegacyDate(row.cancellation);
  return {
    idNumber: normaliseIdNumber(row.id),
    name: normaliseName(row.name),
    birthDate: birth.date,
    birthDateUnreadable: birth.unreadable,
    divisionCode: normaliseCode(row.division),
    status: STATUS.read(statusCode),
    statusCode,
    deathDate: death.date,
    deathDateUnreadable: death.unreadable,
    cancellationDate: cancellation.date,
    cancellationDateUnreadable: cancellation.unreadable,
  };
}

export function toRegistrationRecord(row: RegisterRow): RegistrationRecord {
  const registration = screeningRegistrationOf({
    id: row.GMSFHM,
    name: row.XM,
    birth: row.CSRQ,
    division: row.HJDZ_XZQHDM,
    status: row.RYZTDM,
    death: row.SWRQ,
    cancellation: row.ZXRQ,
  });
  const sexCode = normaliseCode(row.XBDM);
  return {
    ...registration,
    sex: SEX.meaning(sexCode) ?? 'UNKNOWN',
    sexCode,
    ethnicCode: normaliseCode(row.MZDM),
    countyCode: registration.divisionCode ? registration.divisionCode.slice(0, 6) : null,
    address: normaliseName(row.HJDZ_DZMC),
    updatedAt: toIsoDateTime(row.GXSJ),
  };
}

const SCREENING_REGISTER: IdRowsRead<ScreeningRegisterRow> = {
  entity: RegisterTable.entity,
  idColumn: 'GMSFHM',
  columns: { id: 'GMSFHM', name: 'XM', birth: 'CSRQ', division: 'HJDZ_XZQHDM', status: 'RYZTDM', death: 'SWRQ', cancellation: 'ZXRQ' },
  orderBy: 'GMSFHM',
};

/** Read-only access to the population register (公安 常住人口信息). */
export class PublicSecurityAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('PUBLIC_SECURITY', location);
  }

  /** Register entries for normalised ID numbers, in chunks of `LOOKUP_CHUNK_SIZE` per statement. */
  async registrationsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, RegistrationRecord>> {
    const found = new Map<string, RegistrationRecord>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'r.GMSFHM', ids, 'ids');
        const rows = await ds.getRepository(RegisterTable.entity).createQueryBuilder('r').where(match.sql, match.params).orderBy('r.GMSFHM').getMany();
        for (const row of rows) {
          const record = toRegistrationRecord(row);
          // Two legacy spellings of one ID would be a register defect; the first row wins, consistently.
          if (!found.has(record.idNumber)) found.set(record.idNumber, record);
        }
      }
    });
    return found;
  }

  /**
   * What the screening rules read of the registrations of normalised ID numbers: the rules' columns
   * only, as raw rows (no entity per row), each value what `toRegistrationRecord` makes of it. The
   * same statements as `registrationsByIdNumbers`: one per chunk of `LOOKUP_CHUNK_SIZE`, in ID order.
   */
  async screeningRegistrationsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, ScreeningRegistration>> {
    const found = new Map<string, ScreeningRegistration>();
    const unique = [...new Set(idNumbers)];
    // A status code the department's mapping re-codes reads back as the documented one, as the entity's transformer does.
    const statusCodes = this.db.layout.table(RegisterTable.name).codes('RYZTDM');
    await this.db.run((ds) =>
      eachRowByIdNumbers(ds, this.db.dialect, SCREENING_REGISTER, unique, (row) => {
        const registration = screeningRegistrationOf({ ...row, status: CodeMapping.read(statusCodes, row.status) });
        // Two legacy spellings of one ID would be a register defect; the first row wins, consistently.
        if (!found.has(registration.idNumber)) found.set(registration.idNumber, registration);
      }),
    );
    return found;
  }

  /**
   * One page of the valid normalised ID numbers registered under a division prefix (every status),
   * keyset-paginated by (division code, ID number) as stored, so a deep page of a county costs what
   * the first does. The SQL narrows by the stored columns; the exact prefix and birth-date checks
   * are made on normalised values here, so a page may take more than one statement.
   */
  async personsInDivision(query: DivisionQuery): Promise<DivisionPage> {
    const dialect = this.db.dialect;
    const fetchSize = Math.max(query.first + 1, 500);
    const division = dialect === 'sqlite' ? sqliteNormalisedId('r.HJDZ_XZQHDM') : 'r.HJDZ_XZQHDM';
    return this.db.run(async (ds) => {
      const idNumbers: string[] = [];
      let last = query.after;
      for (;;) {
        const qb = ds
          .getRepository(RegisterTable.entity)
          .createQueryBuilder('r')
          .where(`${division} LIKE :prefix`, { prefix: `${query.divisionPrefix}%` });
        if (last !== null) {
          qb.andWhere('(r.HJDZ_XZQHDM > :lastDivision OR (r.HJDZ_XZQHDM = :lastDivision AND r.GMSFHM > :lastId))', {
            lastDivision: last.division,
            lastId: last.idNumber,
          });
        }
        const rows = await qb.orderBy('r.HJDZ_XZQHDM').addOrderBy('r.GMSFHM').limit(fetchSize).getMany();
        for (const row of rows) {
          const record = toRegistrationRecord(row);
          // As for UNDER_AGE (ruling 2): without a readable register date of birth, the ID number's decides.
          const birthDate = record.birthDate ?? idNumberBirthDate(record.idNumber);
          const qualifies =
            isValidIdNumber(record.idNumber) &&
            (record.divisionCode ?? '').startsWith(query.divisionPrefix) &&
            (query.bornOnOrBefore === null || (birthDate !== null && birthDate <= query.bornOnOrBefore));
          if (qualifies && idNumbers.length === query.first) return { idNumbers, after: last, hasNextPage: true };
          last = { division: row.HJDZ_XZQHDM ?? '', idNumber: row.GMSFHM };
          if (qualifies) idNumbers.push(record.idNumber);
        }
        if (rows.length < fetchSize) return { idNumbers, after: idNumbers.length > 0 ? last : null, hasNextPage: false };
      }
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The columns the screening read selects, as stored (names are the select's aliases). */
interface ScreeningRegisterRow {
  id: string;
  name: string | null;
  birth: string | null;
  division: string | null;
  status: string | null;
  death: string | null;
  cancellation: string | null;
}

/** Where a page of persons in a division ends: the last row read, as stored. */
export interface DivisionKey {
  division: string;
  idNumber: string;
}

export interface DivisionQuery {
  /** Leading digits of the registered division code (6 county, 9 township, 12 village). */
  divisionPrefix: string;
  /** ISO date; only persons born on or before it (null: everyone). */
  bornOnOrBefore: IsoDate | null;
  first: number;
  after: DivisionKey | null;
}

export interface DivisionPage {
  idNumbers: string[];
  /** The key to continue after; null when the page is empty. */
  after: DivisionKey | null;
  hasNextPage: boolean;
}

export function encodeDivisionCursor(key: DivisionKey): string {
  return Buffer.from(JSON.stringify([key.division, key.idNumber]), 'utf8').toString('base64url');
}

/** The key behind a cursor, or null when the text is not a cursor this adapter made. */
export function decodeDivisionCursor(cursor: string): DivisionKey | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') return null;
    const key = { division: value[0], idNumber: value[1] };
    return encodeDivisionCursor(key) === cursor ? key : null;
  } catch {
    return null;
  }
}
