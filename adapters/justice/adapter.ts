import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, normaliseName, trimLegacyText } from '../../lib/text.js';
import { readLegacyDate } from '../../lib/dates.js';
import { chunk } from '../../lib/chunks.js';
import { codeTable } from '../code-table.js';
import { DepartmentDatabase } from '../database.js';
import { CodeMapping } from '../mapping/layout.js';
import { eachRowByIdNumbers, type IdRowsRead } from '../id-rows.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import { SentenceTable, type SentenceRow } from './entities.js';
import type { CustodySentence, SentenceRecord, SentenceType } from './records.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

const SENTENCE_TYPE = codeTable<Exclude<SentenceType, 'UNRECOGNISED'>>({
  '01': 'FIXED_TERM_IMPRISONMENT',
  '02': 'LIFE_IMPRISONMENT',
  '03': 'DEATH_WITH_REPRIEVE',
  '04': 'CRIMINAL_DETENTION',
  '05': 'PUBLIC_SURVEILLANCE',
  '06': 'SUSPENDED_SENTENCE',
});

const CUSTODIAL_TYPES: ReadonlySet<SentenceType> = new Set([
  'FIXED_TERM_IMPRISONMENT',
  'LIFE_IMPRISONMENT',
  'DEATH_WITH_REPRIEVE',
  'CRIMINAL_DETENTION',
]);

/** What the custody rule reads of a sentence (the type code as documented): one mapping for the full record and the screening read. */
function custodySentenceOf(row: CustodyRow): CustodySentence {
  const typeCode = normaliseCode(row.type);
  // An unknown code is not guessed into a custodial type: the rule names 01–04 exactly.
  const type = SENTENCE_TYPE.read(typeCode);
  const start = readLegacyDate(row.start);
  const end = readLegacyDate(row.end);
  const actualRelease = readLegacyDate(row.release);
  return {
    offenderNumber: trimLegacyText(row.number),
    idNumber: normaliseIdNumber(row.id),
    type,
    typeCode,
    custodial: CUSTODIAL_TYPES.has(type),
    startDate: start.date,
    startDateUnreadable: start.unreadable,
    endDate: end.date,
    endDateUnreadable: end.unreadable,
    actualReleaseDate: actualRelease.date,
    actualReleaseDateUnreadable: actualRelease.unreadable,
    // An unreadable actual release falls back to the end of the term; an unreadable end is no release.
    releaseDate: actualRelease.date ?? end.date,
  };
}

export function toSentenceRecord(row: SentenceRow): SentenceRecord {
  const sentence = custodySentenceOf({ number: row.ZFBH, id: row.ZJHM, type: row.XZDM, start: row.XQQR, end: row.XQZR, release: row.SJSFRQ });
  return { ...sentence, name: normaliseName(row.XM), facility: normaliseName(row.JYMC) };
}

/** By start date, undated sentences last, then by offender number: the same order on both dialects. */
export function compareSentences(a: CustodySentence, b: CustodySentence): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  if (a.offenderNumber === b.offenderNumber) return 0;
  return a.offenderNumber < b.offenderNumber ? -1 : 1;
}

const CUSTODY_READ: IdRowsRead<CustodyRow> = {
  entity: SentenceTable.entity,
  idColumn: 'ZJHM',
  columns: { number: 'ZFBH', id: 'ZJHM', type: 'XZDM', start: 'XQQR', end: 'XQZR', release: 'SJSFRQ' },
  orderBy: 'ZFBH',
};

/** Read-only access to the sentence execution records (司法 刑罚执行). */
export class JusticeAdapter {
  readonly db: DepartmentDatabase;

  constructor(location: DatabaseLocation) {
    this.db = new DepartmentDatabase('JUSTICE', location);
  }

  /**
   * Every sentence of each normalised ID number, ordered by `compareSentences`, in chunks of
   * `LOOKUP_CHUNK_SIZE` per statement. IDs without sentences are absent from the map.
   */
  async sentencesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, SentenceRecord[]>> {
    const found = new Map<string, SentenceRecord[]>();
    const unique = [...new Set(idNumbers)];
    await this.db.run(async (ds) => {
      for (const ids of chunk(unique, LOOKUP_CHUNK_SIZE)) {
        const match = idMatchSql(this.db.dialect, 's.ZJHM', ids, 'ids');
        const rows = await ds.getRepository(SentenceTable.entity).createQueryBuilder('s').where(match.sql, match.params).orderBy('s.ZFBH').getMany();
        for (const row of rows) {
          const record = toSentenceRecord(row);
          const list = found.get(record.idNumber);
          if (list) list.push(record);
          else found.set(record.idNumber, [record]);
        }
      }
    });
    // Dates are CHAR(8) text with '' and junk in them, so the SQL order is not the calendar order.
    for (const list of found.values()) list.sort(compareSentences);
    return found;
  }

  /**
   * What the custody rule reads of every sentence of each normalised ID number: its columns only,
   * as raw rows (no entity per row), each value what `toSentenceRecord` makes of it, ordered by
   * `compareSentences`. The same statements as `sentencesByIdNumbers`.
   */
  async custodySentencesByIdNumbers(idNumbers: readonly string[]): Promise<Map<string, CustodySentence[]>> {
    const found = new Map<string, CustodySentence[]>();
    const unique = [...new Set(idNumbers)];
    // A type code the department's mapping re-codes reads back as the documented one, as the entity's transformer does.
    const typeCodes = this.db.layout.table(SentenceTable.name).codes('XZDM');
    await this.db.run((ds) =>
      eachRowByIdNumbers(ds, this.db.dialect, CUSTODY_READ, unique, (row) => {
        const sentence = custodySentenceOf({ ...row, type: CodeMapping.read(typeCodes, row.type) });
        const idNumber = sentence.idNumber;
        const list = found.get(idNumber);
        if (list) list.push(sentence);
        else found.set(idNumber, [sentence]);
      }),
    );
    for (const list of found.values()) list.sort(compareSentences);
    return found;
  }

  /** Sentences by offender number (trimmed, compared exactly), in chunks of `LOOKUP_CHUNK_SIZE`. */
  async sentencesByOffenderNumbers(offenderNumbers: readonly string[]): Promise<Map<string, SentenceRecord>> {
    const found = new Map<string, SentenceRecord>();
    const wanted = new Set(offenderNumbers);
    await this.db.run(async (ds) => {
      for (const numbers of chunk([...wanted], LOOKUP_CHUNK_SIZE)) {
        const rows = await ds
          .getRepository(SentenceTable.entity)
          .createQueryBuilder('s')
          .where('s.ZFBH IN (:...numbers)', { numbers })
          .orderBy('s.ZFBH')
          .getMany();
        for (const row of rows) {
          const record = toSentenceRecord(row);
          // MariaDB's collation matches case-insensitively; SQLite does not. Exact match on both.
          if (wanted.has(record.offenderNumber) && !found.has(record.offenderNumber)) found.set(record.offenderNumber, record);
        }
      }
    });
    return found;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** The columns the custody read selects, as stored (names are the select's aliases). */
interface CustodyRow {
  number: string;
  id: string | null;
  type: string | null;
  start: string | null;
  end: string | null;
  release: string | null;
}
