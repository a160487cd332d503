import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName } from '../../lib/text.js';
import { parseLegacyDate, toIsoDateTime } from '../../lib/dates.js';
import { chunk } from '../../lib/chunks.js';
import { DepartmentDatabase, type DatabaseLocation } from '../database.js';
import { idMatchSql } from '../sql-dialect.js';
import { PUBLIC_SECURITY_ENTITIES, RegisterEntity, type RegisterRow } from './entities.js';
import type { RegistrationRecord, RegistrationStatus, Sex } from './records.js';

export const LOOKUP_CHUNK_SIZE = 1000;

const SEX: Record<string, Sex> = { '1': 'MALE', '2': 'FEMALE', '9': 'UNKNOWN' };
const STATUS: Record<string, RegistrationStatus> = { '0': 'NORMAL', '1': 'DECEASED', '2': 'CANCELLED' };

export function toRegistrationRecord(row: RegisterRow): RegistrationRecord {
  const divisionCode = normaliseCode(row.HJDZ_XZQHDM);
  const sexCode = normaliseCode(row.XBDM);
  const statusCode = normaliseCode(row.RYZTDM);
  return {
    idNumber: normaliseIdNumber(row.GMSFHM),
    name: normaliseName(row.XM),
    sex: (sexCode && SEX[sexCode]) || 'UNKNOWN',
    sexCode,
    birthDate: parseLegacyDate(row.CSRQ),
    ethnicCode: normaliseCode(row.MZDM),
    divisionCode,
    countyCode: divisionCode ? divisionCode.slice(0, 6) : null,
    address: normaliseName(row.HJDZ_DZMC),
    status: (statusCode && STATUS[statusCode]) || 'UNRECOGNISED',
    statusCode,
    deathDate: parseLegacyDate(row.SWRQ),
    cancellationDate: parseLegacyDate(row.ZXRQ),
    updatedAt: toIsoDateTime(row.GXSJ),
  };
}

/** Read-only access to the population register (公安 常住人口信息). */
export class PublicSecurityAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('PUBLIC_SECURITY', location, PUBLIC_SECURITY_ENTITIES);
  }

  /** Register entries for normalised ID numbers, in chunks of `LOOKUP_CHUNK_SIZE` per statement. */
  async registrationsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, RegistrationRecord>> {
    const found = new Map<string, RegistrationRecord>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 'r.GMSFHM', ids, 'ids');
        const rows = await ds.getRepository(RegisterEntity).createQueryBuilder('r').where(match.sql, match.params).orderBy('r.GMSFHM').getMany();
        for (const row of rows) {
          const record = toRegistrationRecord(row);
          // Two legacy spellings of one ID would be a register defect; the first row wins, consistently.
          if (!found.has(record.idNumber)) found.set(record.idNumber, record);
        }
      }
    });
    return found;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
