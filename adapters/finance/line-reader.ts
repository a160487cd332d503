/**
 * How the searches read payment lines. Batch-level conditions (county, programme, department,
 * funding level, period) are decided in code over the batch list (batches and programmes are few),
 * so they follow the same normalisation as every record the hub serves; the lines are then read
 * with `PCH IN (...)` and the line-level conditions in SQL. Lines whose batch row is missing are
 * never served, as elsewhere in finance.
 *
 * Pages are cut on MXID (keyset), never OFFSET. MariaDB's ORDER BY ... LIMIT heuristic assumes
 * the selected batches are spread evenly over the primary key and scans it from the start; batches
 * are written in one go, so their lines sit in a few MXID runs, and the page query names those runs
 * (from one MIN/MAX per batch over the (PCH, MXID) index) whenever the selection is sparse.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { trimLegacyText } from '../../lib/text.js';
import { chunk } from '../../lib/chunks.js';
import type { Dialect } from '../../lib/database-location.js';
import { LOOKUP_CHUNK_SIZE, idMatchSql } from '../sql-dialect.js';
import { codeInSql } from '../mapping/layout.js';
import { LINE_STATUS } from './codes.js';
import { BatchTable, LineTable, ProgrammeTable, type LineRow } from './entities.js';
import { compareLineIds } from '../../lib/line-ids.js';
import { idParam } from './line-ids.js';
import { lineRowOf, selectLineColumns, toBatchRecord, toPaymentLineRecord, toProgrammeRecord, type RawRow } from './mapping.js';
import type { BatchRecord, PaymentLineRecord, ProgrammeRecord } from './records.js';
import type { LineCheck, PaymentLineFilter } from './search-types.js';
import { beijingText, codeSql, fenSql, likePattern } from './sql.js';

/** Below this share of all batches a selection counts as sparse and the page query names MXID runs. */
const SPARSE_SHARE = 0.25;
const MAX_MXID_RUNS = 32;

export interface SelectedBatch {
  /** PCH exactly as stored: the value the line query compares with. */
  raw: string;
  record: BatchRecord;
  programme: ProgrammeRecord | null;
}

export interface Selection {
  batches: SelectedBatch[];
  /** Every batch (for re-issue lookups across counties), by normalised batch number. */
  all: Map<string, SelectedBatch>;
  /** PCH as stored -> batch; SQL compares PCH by the column's collation, so a lower-cased key is kept too. */
  byRaw: Map<string, SelectedBatch>;
  total: number;
}

export type MxidRuns = Array<[bigint, bigint]>;

/** Reads lines over one connection; made per DepartmentDatabase.run. */
export class LineReader {
  constructor(
    readonly ds: DataSource,
    readonly dialect: Dialect,
  ) {}

  /** Every batch, normalised, and those the filter (and check) select; programmes only when needed. */
  async select(
    filter: PaymentLineFilter,
    check: LineCheck | null,
    withProgrammes = false,
    extra: (batch: SelectedBatch) => boolean = () => true,
  ): Promise<Selection> {
    const needProgrammes = withProgrammes || filter.department !== null || filter.fundingLevel !== null;
    const [batchRows, programmeRows] = await Promise.all([
      this.ds.getRepository(BatchTable.entity).createQueryBuilder('b').orderBy('b.PCH').getMany(),
      needProgrammes ? this.ds.getRepository(ProgrammeTable.entity).createQueryBuilder('p').orderBy('p.XMDM').getMany() : Promise.resolve([]),
    ]);
    const programmes = new Map<string, ProgrammeRecord>();
    for (const row of programmeRows) {
      const record = toProgrammeRecord(row);
      if (!programmes.has(record.code)) programmes.set(record.code, record);
    }
    const all = new Map<string, SelectedBatch>();
    const byRaw = new Map<string, SelectedBatch>();
    const batches: SelectedBatch[] = [];
    for (const row of batchRows) {
      const record = toBatchRecord(row);
      const batch: SelectedBatch = { raw: row.PCH, record, programme: record.programmeCode === null ? null : (programmes.get(record.programmeCode) ?? null) };
      all.set(record.batchNumber, batch);
      byRaw.set(row.PCH, batch);
      byRaw.set(row.PCH.toLowerCase(), batch);
      if (batchMatches(batch, filter, check) && extra(batch)) batches.push(batch);
    }
    return { batches, all, byRaw, total: batchRows.length };
  }

  batchOfRaw(selection: Selection, pch: string): SelectedBatch | undefined {
    return selection.byRaw.get(pch) ?? selection.byRaw.get(pch.toLowerCase()) ?? selection.all.get(trimLegacyText(pch));
  }

  /**
   * The MXID runs holding the selected batches' lines, when the selection is sparse enough for
   * MariaDB to misjudge it; null otherwise (and when the person index decides the plan anyway).
   */
  async mxidRuns(selection: Selection, filter: PaymentLineFilter): Promise<MxidRuns | null> {
    if (filter.idNumbers !== null || filter.idNumber !== null) return null;
    if (selection.batches.length >= selection.total * SPARSE_SHARE) return null;
    const rows: Array<{ lo: string | number | null; hi: string | number | null }> = await this.batchCondition(this.lines(), selection)
      .select('MIN(m.MXID)', 'lo')
      .addSelect('MAX(m.MXID)', 'hi')
      .groupBy('m.PCH')
      .getRawMany();
    const runs = rows
      .filter((r) => r.lo != null && r.hi != null)
      .map((r) => [BigInt(r.lo!), BigInt(r.hi!)] as [bigint, bigint])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: MxidRuns = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && run[0] <= last[1] + 1n) last[1] = run[1] > last[1] ? run[1] : last[1];
      else merged.push([run[0], run[1]]);
    }
    // Too many runs cost the optimizer more than they save: close the smallest gaps first.
    while (merged.length > MAX_MXID_RUNS) {
      let best = 0;
      for (let i = 1; i < merged.length - 1; i++) if (merged[i + 1]![0] - merged[i]![1] < merged[best + 1]![0] - merged[best]![1]) best = i;
      merged[best]![1] = merged[best + 1]![1];
      merged.splice(best + 1, 1);
    }
    return merged;
  }

  /** Up to `limit` lines after `after`, merged across ID chunks, in MXID order. */
  async readPage(
    selection: Selection,
    filter: PaymentLineFilter,
    check: LineCheck | null,
    after: string | null,
    limit: number,
    runs: MxidRuns | null,
  ): Promise<PaymentLineRecord[]> {
    const afterId = after === null ? null : BigInt(after);
    const liveRuns = runs?.filter(([, hi]) => afterId === null || hi > afterId) ?? null;
    if (liveRuns !== null && liveRuns.length === 0) return [];
    const lines: PaymentLineRecord[] = [];
    for (const ids of this.idChunks(filter)) {
      const query = this.lineConditions(this.lineSelect(), selection, filter, check, ids);
      if (after !== null) query.andWhere('m.MXID > :after', { after: idParam(after) });
      if (liveRuns !== null) {
        const params: Record<string, number | string> = {};
        const parts = liveRuns.map(([lo, hi], i) => {
          params[`runLo${i}`] = idParam(lo.toString());
          params[`runHi${i}`] = idParam(hi.toString());
          return `m.MXID BETWEEN :runLo${i} AND :runHi${i}`;
        });
        query.andWhere(`(${parts.join(' OR ')})`, params);
      }
      lines.push(...this.toLines(selection, await query.orderBy('m.MXID').limit(limit).getRawMany()));
    }
    // Each chunk is in order already; several chunks are merged and cut once more.
    if (filter.idNumbers !== null) lines.sort((a, b) => compareLineIds(a.id, b.id));
    return lines.slice(0, limit);
  }

  /** Lines read as raw rows, each with its selected batch; a line whose batch is unknown is dropped. */
  toLines(selection: Selection, raws: RawRow[]): PaymentLineRecord[] {
    const lines: PaymentLineRecord[] = [];
    for (const raw of raws) {
      const row = lineRowOf(raw);
      const batch = this.batchOfRaw(selection, String(row.PCH ?? ''));
      if (batch) lines.push(toPaymentLineRecord(row, batch.record));
    }
    return lines;
  }

  /** FF_MX as alias `m`, nothing selected yet. */
  lines(): SelectQueryBuilder<LineRow> {
    return this.ds.getRepository(LineTable.entity).createQueryBuilder('m');
  }

  /** Every column of the lines, for `toLines`. */
  lineSelect(): SelectQueryBuilder<LineRow> {
    return selectLineColumns(this.lines());
  }

  /** `filter.idNumbers` in lookup chunks, or one pass without an ID restriction. */
  idChunks(filter: PaymentLineFilter): Array<string[] | null> {
    if (filter.idNumbers === null) return [null];
    const ids = [...new Set(filter.idNumbers.map((id) => normaliseIdNumber(id)))].filter((id) => id !== '');
    return chunk(ids, LOOKUP_CHUNK_SIZE);
  }

  private batchCondition<T extends object>(query: SelectQueryBuilder<T>, selection: Selection): SelectQueryBuilder<T> {
    return query.where('m.PCH IN (:...selectedBatches)', { selectedBatches: selection.batches.map((b) => b.raw) });
  }

  /** The selection's batches, the filter's line conditions and the check, on alias `m`. */
  lineConditions<T extends object>(
    query: SelectQueryBuilder<T>,
    selection: Selection,
    filter: PaymentLineFilter,
    check: LineCheck | null,
    ids: string[] | null,
  ): SelectQueryBuilder<T> {
    const dialect = this.dialect;
    this.batchCondition(query, selection);
    if (filter.status !== null) {
      // The codes as this department stores them (adapters/mapping): the documented ones unless mapped.
      if (filter.status !== 'UNRECOGNISED') {
        const status = codeInSql(this.ds, LineTable.name, 'FFZTDM', codeSql(dialect, 'm.FFZTDM'), [LINE_STATUS.codeOf(filter.status)], 'statusCodes');
        query.andWhere(status.sql, status.params);
      } else {
        const known = codeInSql(this.ds, LineTable.name, 'FFZTDM', codeSql(dialect, 'm.FFZTDM'), LINE_STATUS.codes, 'knownCodes', true);
        query.andWhere(`(m.FFZTDM IS NULL OR ${known.sql})`, known.params);
      }
    }
    if (filter.amountMinFen !== null) query.andWhere(`${fenSql('m.JE')} >= :amountMin`, { amountMin: filter.amountMinFen });
    if (filter.amountMaxFen !== null) query.andWhere(`${fenSql('m.JE')} <= :amountMax`, { amountMax: filter.amountMaxFen });
    if (filter.idNumber !== null) {
      const match = idMatchSql(dialect, 'm.SFZH', [filter.idNumber], 'oneId');
      query.andWhere(match.sql, match.params);
    }
    if (ids !== null) {
      const match = idMatchSql(dialect, 'm.SFZH', ids, 'someIds');
      query.andWhere(match.sql, match.params);
    }
    if (filter.nameContains !== null) query.andWhere(`m.XM LIKE :name ESCAPE '!'`, { name: likePattern(filter.nameContains) });
    if (check?.kind === 'LATE_CREDIT') {
      // Per batch, a credit later than its own threshold: one range per batch on (PCH, DZSJ), so
      // only late lines are read, however many lines were credited in time.
      const credited = dialect === 'sqlite' ? 'datetime(m.DZSJ)' : 'm.DZSJ';
      const params: Record<string, string> = {};
      const parts = selection.batches.map((batch, i) => {
        params[`lateBatch${i}`] = batch.raw;
        params[`lateAfter${i}`] = beijingText(Date.parse(batch.record.sentToBankAt!) + check.thresholdSeconds * 1000);
        return `(m.PCH = :lateBatch${i} AND ${credited} > :lateAfter${i})`;
      });
      query.andWhere(`(${parts.join(' OR ')})`, params);
    }
    return query;
  }
}

function batchMatches(batch: SelectedBatch, filter: PaymentLineFilter, check: LineCheck | null): boolean {
  const { record, programme } = batch;
  if (filter.countyPrefix !== null && !(record.countyCode ?? '').startsWith(filter.countyPrefix)) return false;
  if (filter.programmeCode !== null && record.programmeCode !== filter.programmeCode) return false;
  if (filter.department !== null && programme?.department !== filter.department) return false;
  if (filter.fundingLevel !== null && programme?.fundingLevel !== filter.fundingLevel) return false;
  // YYYYMM compares correctly as text; a batch with no period cannot be inside a range.
  if (filter.periodFrom !== null && (record.period === null || record.period < filter.periodFrom)) return false;
  if (filter.periodTo !== null && (record.period === null || record.period > filter.periodTo)) return false;
  if (check?.kind === 'LATE_CREDIT' && record.sentToBankAt === null) return false;
  return true;
}
