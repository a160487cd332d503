import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { readLegacyDate, toLegacyDate, type IsoDate } from '../../lib/dates.js';
import { nullableDecimalToFen } from '../../lib/money.js';
import { chunk } from '../../lib/chunks.js';
import { codeTable } from '../code-table.js';
import { DepartmentDatabase } from '../database.js';
import { eachRowByIdNumbers, type IdRowsRead } from '../id-rows.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import {
  HouseholdTable,
  MemberTable,
  SupportTable,
  type HouseholdRow,
  type MemberRow,
  type SupportRow,
} from './entities.js';
import type {
  DibaoCategory,
  DibaoHouseholdRecord,
  DibaoMemberRecord,
  HouseholdRelation,
  SupportForm,
  ExtremePovertySupportRecord,
  ScreeningHousehold,
  ScreeningMembership,
  ScreeningSupport,
} from './records.js';
import { CodeMapping } from '../mapping/layout.js';
import type { DataSource } from 'typeorm';
import type { DatabaseLocation } from '../../lib/database-location.js';

const CATEGORY = codeTable<Exclude<DibaoCategory, 'UNRECOGNISED'>>({ '1': 'URBAN', '2': 'RURAL' });
const RELATION = codeTable<Exclude<HouseholdRelation, 'UNRECOGNISED'>>({ '01': 'SELF', '02': 'SPOUSE', '03': 'CHILD', '04': 'PARENT', '99': 'OTHER' });
const SUPPORT_FORM = codeTable<Exclude<SupportForm, 'UNRECOGNISED'>>({ '1': 'INSTITUTIONAL', '2': 'AT_HOME' });

function nullableId(raw: string | null): string | null {
  const id = normaliseIdNumber(raw);
  return id === '' ? null : id;
}

export function toHouseholdRecord(row: HouseholdRow): DibaoHouseholdRecord {
  const categoryCode = normaliseCode(row.BZLBDM);
  const start = readLegacyDate(row.NBRQ);
  const end = readLegacyDate(row.TBRQ);
  return {
    householdNumber: trimLegacyText(row.JTBH),
    headIdNumber: nullableId(row.HZSFZH),
    divisionCode: normaliseCode(row.XZQHDM),
    category: CATEGORY.read(categoryCode),
    categoryCode,
    monthlyAllowanceFen: nullableDecimalToFen(row.YBZJE),
    startDate: start.date,
    startDateUnreadable: start.unreadable,
    endDate: end.date,
    endDateUnreadable: end.unreadable,
  };
}

export function toMemberRecord(row: MemberRow): DibaoMemberRecord {
  const relationCode = normaliseCode(row.YHZGXDM);
  return {
    memberId: String(row.CYID),
    source: 'MEMBER_ROW',
    householdNumber: trimLegacyText(row.JTBH ?? ''),
    idNumber: nullableId(row.SFZH),
    name: normaliseName(row.XM),
    relation: RELATION.read(relationCode),
    relationCode,
  };
}

/** What the extreme-poverty rule reads of a support record (the form code as documented): one mapping for the full record and the screening read. */
function screeningSupportOf(row: ScreeningSupportRow): ScreeningSupport {
  const formCode = normaliseCode(row.form);
  const start = readLegacyDate(row.start);
  const end = readLegacyDate(row.end);
  return {
    recordId: String(row.recordId),
    idNumber: nullableId(row.id),
    form: SUPPORT_FORM.read(formCode),
    formCode,
    startDate: start.date,
    startDateUnreadable: start.unreadable,
    endDate: end.date,
    endDateUnreadable: end.unreadable,
  };
}

export function toSupportRecord(row: SupportRow): ExtremePovertySupportRecord {
  const support = screeningSupportOf({ recordId: row.GYID, id: row.SFZH, form: row.GYXSDM, start: row.KSRQ, end: row.ZZRQ });
  return { ...support, name: normaliseName(row.XM) };
}

/**
 * The membership of a head who has no DB_JTCY row in their own household. The layout says the
 * head is a member too, so a household must not lose its head to a missing member row; the
 * relation is SELF by definition, but no code was stored and none is invented.
 */
function headOnlyMembership(household: DibaoHouseholdRecord): DibaoMemberRecord {
  return {
    memberId: null,
    source: 'HEAD_OF_HOUSEHOLD',
    householdNumber: household.householdNumber,
    idNumber: household.headIdNumber,
    name: null,
    relation: 'SELF',
    relationCode: null,
  };
}

/** The household's members from its DB_JTCY rows, plus its head when no row of the household carries the head's ID. */
export function householdMembersWithHead(household: DibaoHouseholdRecord, memberRows: readonly DibaoMemberRecord[]): DibaoMemberRecord[] {
  const head = household.headIdNumber;
  if (head === null || memberRows.some((m) => m.idNumber === head)) return [...memberRows];
  return [headOnlyMembership(household), ...memberRows];
}

function compareMemberships(a: ScreeningMembership, b: ScreeningMembership): number {
  if (a.householdNumber !== b.householdNumber) return a.householdNumber < b.householdNumber ? -1 : 1;
  // Head-only memberships have no row id and come first, as the head leads a household's members.
  if (a.memberId === b.memberId) return 0;
  if (a.memberId === null) return -1;
  if (b.memberId === null) return 1;
  return Number(a.memberId) - Number(b.memberId);
}

/** By start date, undated last, then by record id: the same order on both dialects. */
function compareSupportRecords(a: ScreeningSupport, b: ScreeningSupport): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return Number(a.recordId) - Number(b.recordId);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface MembershipLookup {
  /** Every dibao membership of each normalised ID number; IDs without any are absent. */
  memberships: Map<string, DibaoMemberRecord[]>;
  /** The households the ID numbers head, read on the way: callers need not fetch them again. */
  headedHouseholds: Map<string, DibaoHouseholdRecord>;
}

const SCREENING_SUPPORT: IdRowsRead<ScreeningSupportRow> = {
  entity: SupportTable.entity,
  idColumn: 'SFZH',
  columns: { recordId: 'GYID', id: 'SFZH', form: 'GYXSDM', start: 'KSRQ', end: 'ZZRQ' },
  orderBy: 'GYID',
};

/** Read-only access to social assistance (民政 社会救助): dibao households and members, extreme-poverty support. */
export class CivilAffairsAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('CIVIL_AFFAIRS', location);
  }

  /**
   * Dibao memberships of normalised ID numbers: their DB_JTCY rows, and the households they head in
   * DB_JT for which the household has no DB_JTCY row of them. Two statements per chunk of
   * `LOOKUP_CHUNK_SIZE` IDs. Memberships are ordered by household number, then member row.
   */
  async membershipsByIdNumbers(idNumbers: readonly string[]): Promise<MembershipLookup> {
    const memberships = new Map<string, DibaoMemberRecord[]>();
    const headedHouseholds = new Map<string, DibaoHouseholdRecord>();
    const wanted = new Set(idNumbers);
    if (wanted.size === 0) return { memberships, headedHouseholds };
    await this.db.run(async (ds) => {
      for (const ids of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        const memberMatch = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
        const memberRows = await ds.getRepository(MemberTable.entity).createQueryBuilder('m').where(memberMatch.sql, memberMatch.params).orderBy('m.CYID').getMany();
        const rowHouseholds = new Set<string>();
        for (const row of memberRows) {
          const record = toMemberRecord(row);
          if (record.idNumber === null || !wanted.has(record.idNumber)) continue;
          rowHouseholds.add(`${record.householdNumber}\n${record.idNumber}`);
          pushTo(memberships, record.idNumber, record);
        }
        const headMatch = idMatchSql(this.db.dialect, 'h.HZSFZH', ids, 'ids');
        const householdRows = await ds.getRepository(HouseholdTable.entity).createQueryBuilder('h').where(headMatch.sql, headMatch.params).orderBy('h.JTBH').getMany();
        for (const row of householdRows) {
          const household = toHouseholdRecord(row);
          const head = household.headIdNumber;
          if (head === null || !wanted.has(head)) continue;
          headedHouseholds.set(household.householdNumber, household);
          if (!rowHouseholds.has(`${household.householdNumber}\n${head}`)) pushTo(memberships, head, headOnlyMembership(household));
        }
      }
    });
    for (const list of memberships.values()) list.sort(compareMemberships);
    return { memberships, headedHouseholds };
  }

  /**
   * What the dibao screening reads of the memberships of normalised ID numbers, and of the
   * households they head: the same rows and statements as `membershipsByIdNumbers`, as raw rows of
   * the screening's columns only (no entity per row), each value what the full records hold.
   */
  async screeningMembershipsByIdNumbers(idNumbers: readonly string[]): Promise<ScreeningMembershipLookup> {
    const memberships = new Map<string, ScreeningMembership[]>();
    const headedHouseholds = new Map<string, ScreeningHousehold>();
    const wanted = new Set(idNumbers);
    if (wanted.size === 0) return { memberships, headedHouseholds };
    const toHousehold = this.screeningHouseholdMapper();
    await this.db.run(async (ds) => {
      for (const ids of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        const memberMatch = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'ids');
        const memberRows: ScreeningMemberRow[] = await ds
          .getRepository(MemberTable.entity)
          .createQueryBuilder('m')
          .select('m.CYID', 'memberId')
          .addSelect('m.JTBH', 'household')
          .addSelect('m.SFZH', 'id')
          .where(memberMatch.sql, memberMatch.params)
          .orderBy('m.CYID')
          .getRawMany();
        const rowHouseholds = new Set<string>();
        for (const row of memberRows) {
          const idNumber = nullableId(row.id);
          if (idNumber === null || !wanted.has(idNumber)) continue;
          const householdNumber = trimLegacyText(row.household ?? '');
          rowHouseholds.add(`${householdNumber}\n${idNumber}`);
          pushTo(memberships, idNumber, { memberId: String(row.memberId), householdNumber, idNumber });
        }
        const headMatch = idMatchSql(this.db.dialect, 'h.HZSFZH', ids, 'ids');
        const householdRows = await screeningHouseholdQuery(ds).where(headMatch.sql, headMatch.params).orderBy('h.JTBH').getRawMany();
        for (const row of householdRows) {
          const household = toHousehold(row);
          const head = household.headIdNumber;
          if (head === null || !wanted.has(head)) continue;
          headedHouseholds.set(household.householdNumber, household);
          if (!rowHouseholds.has(`${household.householdNumber}\n${head}`)) {
            pushTo(memberships, head, { memberId: null, householdNumber: household.householdNumber, idNumber: head });
          }
        }
      }
    });
    for (const list of memberships.values()) list.sort(compareMemberships);
    return { memberships, headedHouseholds };
  }

  /** What the dibao screening reads of households by number: the statements of `householdsByNumbers`, the screening's columns only. */
  async screeningHouseholdsByNumbers(householdNumbers: readonly string[]): Promise<Map<string, ScreeningHousehold>> {
    const toHousehold = this.screeningHouseholdMapper();
    return this.householdsBy(householdNumbers, async (ds, numbers) =>
      (await screeningHouseholdQuery(ds).where('h.JTBH IN (:...numbers)', { numbers }).orderBy('h.JTBH').getRawMany()).map(toHousehold),
    );
  }

  /** What the extreme-poverty screening reads of support records: the statements of `supportRecordsByIdNumbers`, all columns but the name. */
  async screeningSupportByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, ScreeningSupport[]>> {
    const found = new Map<string, ScreeningSupport[]>();
    const wanted = new Set(idNumbers);
    if (wanted.size === 0) return found;
    const formCodes = this.db.layout.table(SupportTable.name).codes('GYXSDM');
    await this.db.run((ds) =>
      eachRowByIdNumbers(ds, this.db.dialect, SCREENING_SUPPORT, [...wanted], (row) => {
        const support = screeningSupportOf({ ...row, form: CodeMapping.read(formCodes, row.form) });
        if (support.idNumber === null || !wanted.has(support.idNumber)) return;
        pushTo(found, support.idNumber, support);
      }),
    );
    for (const list of found.values()) list.sort(compareSupportRecords);
    return found;
  }

  /** Raw household rows to what the screening reads, category codes read back as documented when the mapping re-codes them. */
  private screeningHouseholdMapper(): (row: ScreeningHouseholdRow) => ScreeningHousehold {
    const categoryCodes = this.db.layout.table(HouseholdTable.name).codes('BZLBDM');
    return (row) => {
      const categoryCode = documentedCode(categoryCodes, row.category);
      const start = readLegacyDate(row.start);
      const end = readLegacyDate(row.end);
      return {
        householdNumber: trimLegacyText(row.household),
        headIdNumber: nullableId(row.head),
        category: CATEGORY.read(categoryCode),
        categoryCode,
        startDate: start.date,
        startDateUnreadable: start.unreadable,
        endDate: end.date,
        endDateUnreadable: end.unreadable,
      };
    };
  }

  /** Households by household number (trimmed, compared exactly), in chunks of `LOOKUP_CHUNK_SIZE`. */
  async householdsByNumbers(householdNumbers: readonly string[]): Promise<Map<string, DibaoHouseholdRecord>> {
    return this.householdsBy(householdNumbers, async (ds, numbers) =>
      (await ds.getRepository(HouseholdTable.entity).createQueryBuilder('h').where('h.JTBH IN (:...numbers)', { numbers }).orderBy('h.JTBH').getMany()).map(toHouseholdRecord),
    );
  }

  /** Households by number as `read` maps each chunk's rows, in chunks of `LOOKUP_CHUNK_SIZE`; the first row of a number wins. */
  private async householdsBy<H extends { householdNumber: string }>(
    householdNumbers: readonly string[],
    read: (ds: DataSource, numbers: string[]) => Promise<H[]>,
  ): Promise<Map<string, H>> {
    const found = new Map<string, H>();
    const wanted = new Set(householdNumbers);
    if (wanted.size === 0) return found;
    await this.db.run(async (ds) => {
      for (const numbers of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        for (const household of await read(ds, numbers)) {
          // MariaDB's collation matches case-insensitively; SQLite does not. Exact match on both.
          if (wanted.has(household.householdNumber) && !found.has(household.householdNumber)) found.set(household.householdNumber, household);
        }
      }
    });
    return found;
  }

  /**
   * The DB_JTCY rows of households by household number, ordered by member row id, in chunks of
   * `LOOKUP_CHUNK_SIZE`. A head without a row is added by `householdMembersWithHead`.
   */
  async memberRowsByHouseholdNumbers(householdNumbers: readonly string[]): Promise<Map<string, DibaoMemberRecord[]>> {
    const found = new Map<string, DibaoMemberRecord[]>();
    const wanted = new Set(householdNumbers);
    if (wanted.size === 0) return found;
    await this.db.run(async (ds) => {
      for (const numbers of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds.getRepository(MemberTable.entity).createQueryBuilder('m').where('m.JTBH IN (:...numbers)', { numbers }).orderBy('m.CYID').getMany();
        for (const row of rows) {
          const record = toMemberRecord(row);
          if (wanted.has(record.householdNumber)) pushTo(found, record.householdNumber, record);
        }
      }
    });
    for (const list of found.values()) list.sort(compareMemberships);
    return found;
  }

  /** Every extreme-poverty support record of each normalised ID number, by start date; IDs without any are absent. */
  async supportRecordsByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, ExtremePovertySupportRecord[]>> {
    const found = new Map<string, ExtremePovertySupportRecord[]>();
    const wanted = new Set(idNumbers);
    if (wanted.size === 0) return found;
    await this.db.run(async (ds) => {
      for (const ids of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 's.SFZH', ids, 'ids');
        const rows = await ds.getRepository(SupportTable.entity).createQueryBuilder('s').where(match.sql, match.params).orderBy('s.GYID').getMany();
        for (const row of rows) {
          const record = toSupportRecord(row);
          if (record.idNumber !== null && wanted.has(record.idNumber)) pushTo(found, record.idNumber, record);
        }
      }
    });
    // Dates are CHAR(8) text with '' and junk in them, so the SQL order is not the calendar order.
    for (const list of found.values()) list.sort(compareSupportRecords);
    return found;
  }

  /**
   * Households in household-number order after `afterStored` (JTBH as stored, the keyset), whose
   * stored start date is on or before `day` and whose division code starts with `divisionPrefix`.
   * The SQL narrows by the stored text; callers decide the exact activity with the records' dates.
   */
  async householdsStartedBy(query: { day: IsoDate; divisionPrefix: string | null; afterStored: string | null; limit: number }): Promise<HouseholdBlock> {
    const dialect = this.db.dialect;
    // MySQL's CHAR(8) and CHAR(12) cannot hold padded dates or codes; SQLite's can.
    const text = (column: string) => (dialect === 'sqlite' ? `TRIM(${column}, char(32, 9, 10, 13, 12288))` : column);
    return this.db.run(async (ds) => {
      const qb = ds
        .getRepository(HouseholdTable.entity)
        .createQueryBuilder('h')
        .where(`${text('h.NBRQ')} <= :day`, { day: toLegacyDate(query.day) });
      if (query.divisionPrefix !== null) qb.andWhere(`${text('h.XZQHDM')} LIKE :prefix`, { prefix: `${query.divisionPrefix}%` });
      if (query.afterStored !== null) qb.andWhere('h.JTBH > :after', { after: query.afterStored });
      const rows = await qb.orderBy('h.JTBH').limit(query.limit).getMany();
      const households = rows
        .map((row) => ({ stored: row.JTBH, record: toHouseholdRecord(row) }))
        .filter(({ record }) => query.divisionPrefix === null || (record.divisionCode ?? '').startsWith(query.divisionPrefix));
      return { households, lastStored: rows.at(-1)?.JTBH ?? null, exhausted: rows.length < query.limit };
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

export interface ScreeningMembershipLookup {
  /** Every dibao membership of each normalised ID number, in membership order; IDs without any are absent. */
  memberships: Map<string, ScreeningMembership[]>;
  /** The households the ID numbers head, read on the way. */
  headedHouseholds: Map<string, ScreeningHousehold>;
}

/** A code as the entity reads it: through the mapping's transformer when the column is re-coded, then normalised. */
function documentedCode(codes: CodeMapping | null, stored: string | null): string | null {
  return normaliseCode(CodeMapping.read(codes, stored));
}

/** The columns the screening reads select, as stored (names are the select's aliases). */
interface ScreeningHouseholdRow {
  household: string;
  head: string | null;
  category: string | null;
  start: string | null;
  end: string | null;
}

interface ScreeningMemberRow {
  memberId: string | number;
  household: string | null;
  id: string | null;
}

interface ScreeningSupportRow {
  recordId: string | number;
  id: string | null;
  form: string | null;
  start: string | null;
  end: string | null;
}

/** DB_JT, the dibao screening's columns only. */
function screeningHouseholdQuery(ds: DataSource) {
  return ds
    .getRepository(HouseholdTable.entity)
    .createQueryBuilder('h')
    .select('h.JTBH', 'household')
    .addSelect('h.HZSFZH', 'head')
    .addSelect('h.BZLBDM', 'category')
    .addSelect('h.NBRQ', 'start')
    .addSelect('h.TBRQ', 'end');
}

/** A household with its number exactly as stored (the keyset of paged reads). */
export interface StoredHousehold {
  stored: string;
  record: DibaoHouseholdRecord;
}

export interface HouseholdBlock {
  households: StoredHousehold[];
  /** The last household number read (as stored), kept or not: where the next read starts. */
  lastStored: string | null;
  /** Fewer rows than asked: nothing follows. */
  exhausted: boolean;
}
