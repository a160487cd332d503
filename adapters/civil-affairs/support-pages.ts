/**
 * Extreme-poverty support records (TK_GYRY) read in blocks by row id, for listing the persons
 * supported on a day. TK_GYRY has no division column: where a supported person lives is the
 * population register's to say, so the read is not narrowed by division here.
 */
import { toLegacyDate, type IsoDate } from '../../lib/dates.js';
import { toSupportRecord, type CivilAffairsAdapter } from './adapter.js';
import { SupportTable } from './entities.js';
import type { ExtremePovertySupportRecord } from './records.js';

export interface SupportBlock {
  records: ExtremePovertySupportRecord[];
  /** The last row id read (GYID, decimal digits), kept or not: where the next read starts. */
  lastRecordId: string | null;
  /** Fewer rows than asked: nothing follows. */
  exhausted: boolean;
}

/**
 * Support records in row-id order after `afterRecordId` whose stored start is on or before `day`.
 * The SQL only narrows by the stored text (a real CHAR(8) date compares as the calendar does);
 * callers decide whether each record is active with its mapped dates.
 */
export async function supportRecordsStartedBy(
  adapter: CivilAffairsAdapter,
  query: { day: IsoDate; afterRecordId: string | null; limit: number },
): Promise<SupportBlock> {
  const dialect = adapter.db.dialect;
  // MySQL's CHAR(8) cannot hold a padded date; SQLite's can.
  const start = dialect === 'sqlite' ? 'TRIM(s.KSRQ, char(32, 9, 10, 13, 12288))' : 's.KSRQ';
  return adapter.db.run(async (ds) => {
    const qb = ds.getRepository(SupportTable.entity).createQueryBuilder('s').where(`${start} <= :day`, { day: toLegacyDate(query.day) });
    // The id goes as text: BIGINT ids need not fit a double, and both engines compare it as a number with the column.
    if (query.afterRecordId !== null) qb.andWhere('s.GYID > :after', { after: query.afterRecordId });
    const rows = await qb.orderBy('s.GYID').limit(query.limit).getMany();
    const last = rows.at(-1);
    return { records: rows.map(toSupportRecord), lastRecordId: last ? String(last.GYID) : null, exhausted: rows.length < query.limit };
  });
}
