/**
 * Searches, totals, roll-ups and process checks over the payment lines (FF_MX) of the one-card
 * system, for the finance analysts' questions and for the hub's disbursement service.
 *
 * Batch-level conditions (county, programme, department, funding level, period) are decided in
 * code over the batch list (FF_PC and BT_XM are small), so they follow the same normalisation as
 * every record the hub serves; the lines are then read with `PCH IN (...)` and the line-level
 * conditions in SQL. Lines whose batch row is missing are never served, as elsewhere in finance.
 *
 * Pages are cut on MXID (keyset), never OFFSET. MariaDB's ORDER BY ... LIMIT heuristic assumes
 * the selected batches are spread evenly over the primary key and scans it from the start; batches
 * are written in one go, so their lines sit in a few MXID runs, and the page query names those runs
 * (from one MIN/MAX per batch over the (PCH, MXID) index) whenever the selection is sparse.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { normaliseIdNumber } from '../../lib/id-number.js';
import { normaliseCode, trimLegacyText } from '../../lib/text.js';
import { chunk } from '../../lib/chunks.js';
import { fenToDecimal, type Fen } from '../../lib/money.js';
import type { DepartmentDatabase } from '../database.js';
import { idMatchSql, sqliteNormalisedId } from '../sql-dialect.js';
import {
  compareLineIds,
  DEPARTMENT,
  FUNDING_LEVEL,
  idParam,
  integerAggregate,
  LINE_COLUMNS,
  LOOKUP_CHUNK_SIZE,
  lookup,
  toBatchRecord,
  toPaymentLineRecord,
  toProgrammeRecord,
} from './adapter.js';
import { BatchEntity, LineEntity, ProgrammeEntity, type LineRow } from './entities.js';
import type {
  BatchRecord,
  FundingLevel,
  PaymentLineRecord,
  PaymentLineStatus,
  ProgrammeRecord,
  ResponsibleDepartment,
} from './records.js';
import type { Dialect } from '../../lib/database-location.js';

/** What lines to find; every condition narrows, null means "any". Values are already validated. */
export interface PaymentLineFilter {
  /** Leading digits (at most 6) of the disbursing county on the batch (FF_PC.XZQHDM). */
  countyPrefix: string | null;
  programmeCode: string | null;
  department: ResponsibleDepartment | null;
  fundingLevel: FundingLevel | null;
  /** `YYYYMM`, both inclusive. */
  periodFrom: string | null;
  periodTo: string | null;
  status: PaymentLineStatus | null;
  amountMinFen: Fen | null;
  amountMaxFen: Fen | null;
  /** Normalised ID number. */
  idNumber: string | null;
  /** Part of the beneficiary's name as entered (padding does not matter to a substring). */
  nameContains: string | null;
  /** Only lines of these normalised ID numbers; null means no such restriction. */
  idNumbers: readonly string[] | null;
}

export const EMPTY_FILTER: PaymentLineFilter = {
  countyPrefix: null,
  programmeCode: null,
  department: null,
  fundingLevel: null,
  periodFrom: null,
  periodTo: null,
  status: null,
  amountMinFen: null,
  amountMaxFen: null,
  idNumber: null,
  nameContains: null,
  idNumbers: null,
};

export interface PaymentTotals {
  lineCount: number;
  /** Distinct normalised ID numbers. */
  personCount: number;
  totalFen: Fen;
}

/** A line found by a search or a check, with the check's reason in plain words (null for a plain search). */
export interface FoundLine {
  line: PaymentLineRecord;
  note: string | null;
}

export interface FoundPage {
  items: FoundLine[];
  hasNextPage: boolean;
}

export type RollupDimension = 'PROGRAMME' | 'PERIOD' | 'FUNDING_LEVEL' | 'DEPARTMENT' | 'COUNTY' | 'STATUS';

export interface PersonGroup {
  key: string;
  idNumbers: readonly string[];
}

export interface RollupRow {
  programmeCode: string | null;
  period: string | null;
  fundingLevel: FundingLevel | null;
  fundingLevelCode: string | null;
  department: ResponsibleDepartment | null;
  departmentCode: string | null;
  countyCode: string | null;
  status: PaymentLineStatus | null;
  personGroup: string | null;
  lineCount: number;
  personCount: number;
  totalFen: Fen;
}

/** The process check a search applies on top of the filter. */
export type LineCheck = { kind: 'LATE_CREDIT'; thresholdSeconds: number };

export interface UnpaidCheck {
  /** A failed line counts as re-issued by a not-failed line sent to the bank within this many seconds after it. */
  withinSeconds: number;
  /** ISO instant: only failed lines whose window has closed by then are reported. */
  asOf: string;
}

/** Lines per statement when a check reads candidates and decides in code. */
const CANDIDATE_FETCH = 2000;
/** Below this share of all batches a selection counts as sparse and the page query names MXID runs. */
const SPARSE_SHARE = 0.25;
const MAX_MXID_RUNS = 32;
const LINE_STATUS_CODES = ['0', '1', '2'];
const STATUS_OF_CODE: Record<string, PaymentLineStatus> = { '0': 'PENDING', '1': 'CREDITED', '2': 'FAILED' };
const CODE_OF_STATUS: Partial<Record<PaymentLineStatus, string>> = { PENDING: '0', CREDITED: '1', FAILED: '2' };
const BEIJING_OFFSET_MS = 8 * 3600_000;

interface SelectedBatch {
  /** PCH exactly as stored: the value the line query compares with. */
  raw: string;
  record: BatchRecord;
  programme: ProgrammeRecord | null;
}

interface Selection {
  batches: SelectedBatch[];
  /** Every batch (for re-issue lookups across counties), by normalised batch number. */
  all: Map<string, SelectedBatch>;
  /** PCH as stored -> batch; SQL compares PCH by the column's collation, so a lower-cased key is kept too. */
  byRaw: Map<string, SelectedBatch>;
  total: number;
}

/** A CHAR code column trimmed for comparison; MySQL's narrow CHAR columns cannot hold padding. */
function codeSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `TRIM(${column}, char(32, 9, 10, 13, 12288))` : column;
}

/** A code column trimmed in SQL for grouping; the result is normalised once more in code. */
function trimSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? `TRIM(${column}, char(32, 9, 10, 13, 12288))` : `TRIM(${column})`;
}

/** The normalised ID number in SQL, for COUNT(DISTINCT ...) and grouping. */
function personSql(dialect: Dialect, column: string): string {
  return dialect === 'sqlite' ? sqliteNormalisedId(column) : `UPPER(TRIM(${column}))`;
}

function fenSql(column: string): string {
  return `COALESCE(ROUND(${column} * 100), 0)`;
}

/** An instant as the departments' DATETIME text: Beijing wall-clock time. */
function beijingText(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

// '!' rather than a backslash, which MySQL string literals would take as an escape of their own.
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

function hours(seconds: number): string {
  const h = seconds / 3600;
  return Number.isInteger(h) ? String(h) : h.toFixed(1);
}

type RawLine = Record<string, string | number | null>;

/** Read-only queries over the payment lines; one DepartmentDatabase.run per call. */
export class PaymentQueries {
  constructor(private readonly db: DepartmentDatabase) {}

  /** One page of lines matching `filter` after line id `after`, in MXID order; a check narrows it further. */
  async page(filter: PaymentLineFilter, after: string | null, first: number, check: LineCheck | null = null): Promise<FoundPage> {
    return this.db.run(async (ds) => {
      const selection = await this.select(ds, filter, check);
      if (selection.batches.length === 0) return { items: [], hasNextPage: false };
      const runs = await this.mxidRuns(ds, selection, filter);
      const lines = await this.readPage(ds, selection, filter, check, after, first + 1, runs);
      return {
        items: lines.slice(0, first).map((line) => ({ line, note: check ? lateNote(line, check) : null })),
        hasNextPage: lines.length > first,
      };
    });
  }

  /** Exact totals over every line matching `filter` (and the check). */
  async totals(filter: PaymentLineFilter, check: LineCheck | null = null): Promise<PaymentTotals> {
    return this.db.run(async (ds) => {
      const selection = await this.select(ds, filter, check);
      const totals: PaymentTotals = { lineCount: 0, personCount: 0, totalFen: 0 };
      if (selection.batches.length === 0) return totals;
      for (const ids of this.idChunks(filter)) {
        const query = this.lineConditions(ds.getRepository(LineEntity).createQueryBuilder('m'), selection, filter, check, ids);
        const row: { lines: unknown; persons: unknown; fen: unknown } | undefined = await query
          .select('COUNT(*)', 'lines')
          .addSelect(`COUNT(DISTINCT ${personSql(this.db.dialect, 'm.SFZH')})`, 'persons')
          .addSelect(`SUM(${fenSql('m.JE')})`, 'fen')
          .getRawOne();
        // ID chunks partition the persons, so distinct counts add up across chunks.
        totals.lineCount += integerAggregate(row?.lines);
        totals.personCount += integerAggregate(row?.persons);
        totals.totalFen += integerAggregate(row?.fen);
      }
      return totals;
    });
  }

  /**
   * Totals grouped by the given dimensions. With `personGroups`, only the lines of the listed
   * persons count and every row also carries the group of its persons (groups must not share a
   * person): the disbursement service groups by village this way, from the register's divisions.
   */
  async rollup(filter: PaymentLineFilter, dimensions: readonly RollupDimension[], personGroups: readonly PersonGroup[] | null): Promise<RollupRow[]> {
    return this.db.run(async (ds) => {
      const wantsProgramme = dimensions.includes('FUNDING_LEVEL') || dimensions.includes('DEPARTMENT');
      const selection = await this.select(ds, filter, null, wantsProgramme);
      if (selection.batches.length === 0) return [];
      const dims = new Set(dimensions);
      const batchKey = (batch: SelectedBatch): string =>
        JSON.stringify([
          dims.has('PROGRAMME') ? batch.record.programmeCode : null,
          dims.has('PERIOD') ? batch.record.period : null,
          dims.has('FUNDING_LEVEL') ? (batch.programme?.fundingLevelCode ?? null) : null,
          dims.has('DEPARTMENT') ? (batch.programme?.departmentCode ?? null) : null,
          dims.has('COUNTY') ? batch.record.countyCode : null,
        ]);
      // Unknown status codes form one group, so its persons are counted once.
      const statusSql = `CASE WHEN ${codeSql(this.db.dialect, 'm.FFZTDM')} IN ('0', '1', '2') THEN ${codeSql(this.db.dialect, 'm.FFZTDM')} ELSE 'X' END`;
      const groups = new Map<string, { key: string; status: string | null; group: string | null; lines: number; fen: number; persons: Set<string> | number }>();

      if (personGroups === null) {
        const dialect = this.db.dialect;
        const columns: Array<[RollupDimension, string, string]> = [
          ['PROGRAMME', trimSql(dialect, 'b.XMDM'), 'programme'],
          ['PERIOD', trimSql(dialect, 'b.FFQJ'), 'period'],
          ['FUNDING_LEVEL', trimSql(dialect, 'p.ZJJCDM'), 'funding'],
          ['DEPARTMENT', trimSql(dialect, 'p.ZGBMDM'), 'department'],
          ['COUNTY', trimSql(dialect, 'b.XZQHDM'), 'county'],
        ];
        // An analyst's GROUP BY over the join: the per-batch dimensions could not give distinct persons.
        const query = this.lineConditions(ds.getRepository(LineEntity).createQueryBuilder('m'), selection, filter, null, null)
          .innerJoin('FF_PC', 'b', 'b.PCH = m.PCH')
          .select('COUNT(*)', 'lines')
          .addSelect(`COUNT(DISTINCT ${personSql(dialect, 'm.SFZH')})`, 'persons')
          .addSelect(`SUM(${fenSql('m.JE')})`, 'fen');
        if (wantsProgramme) query.leftJoin('BT_XM', 'p', 'p.XMDM = b.XMDM');
        let grouped = false;
        for (const [dimension, sql, alias] of columns) {
          if (!dims.has(dimension)) continue;
          query.addSelect(sql, alias);
          if (grouped) query.addGroupBy(sql);
          else query.groupBy(sql);
          grouped = true;
        }
        if (dims.has('STATUS')) {
          query.addSelect(statusSql, 'st');
          if (grouped) query.addGroupBy(statusSql);
          else query.groupBy(statusSql);
        }
        const rows: Array<Record<string, string | number | null>> = await query.getRawMany();
        for (const row of rows) {
          const code = (alias: string) => normaliseCode(row[alias] as string | null | undefined);
          const key = JSON.stringify([code('programme'), code('period'), code('funding'), code('department'), code('county')]);
          const status = dims.has('STATUS') ? String(row.st) : null;
          const id = JSON.stringify([key, status]);
          const entry = groups.get(id);
          // Two stored spellings of one code merge here; their persons are then an upper bound.
          if (entry) {
            entry.lines += integerAggregate(row.lines);
            entry.fen += integerAggregate(row.fen);
            entry.persons = (entry.persons as number) + integerAggregate(row.persons);
          } else {
            groups.set(id, { key, status, group: null, lines: integerAggregate(row.lines), fen: integerAggregate(row.fen), persons: integerAggregate(row.persons) });
          }
        }
      } else {
        const groupOf = new Map<string, string>();
        for (const group of personGroups) for (const id of group.idNumbers) groupOf.set(normaliseIdNumber(id), group.key);
        for (const ids of chunk([...groupOf.keys()], LOOKUP_CHUNK_SIZE)) {
          // Grouped by batch and person here, then by dimension and person group in code: exact, and
          // each person is counted once per output row whatever batches their lines are spread over.
          const query = this.lineConditions(ds.getRepository(LineEntity).createQueryBuilder('m'), selection, filter, null, ids)
            .select('m.PCH', 'pch')
            .addSelect(personSql(this.db.dialect, 'm.SFZH'), 'pid')
            .addSelect('COUNT(*)', 'lines')
            .addSelect(`SUM(${fenSql('m.JE')})`, 'fen')
            .groupBy('m.PCH')
            .addGroupBy('pid');
          if (dims.has('STATUS')) query.addSelect(statusSql, 'st').addGroupBy('st');
          const rows: Array<{ pch: string; pid: string | null; st?: string; lines: unknown; fen: unknown }> = await query.getRawMany();
          for (const row of rows) {
            const batch = this.batchOfRaw(selection, row.pch);
            const person = normaliseIdNumber(row.pid);
            const group = groupOf.get(person);
            if (!batch || group === undefined) continue;
            const key = batchKey(batch);
            const id = JSON.stringify([key, row.st ?? null, group]);
            let entry = groups.get(id);
            if (!entry) {
              entry = { key, status: row.st ?? null, group, lines: 0, fen: 0, persons: new Set<string>() };
              groups.set(id, entry);
            }
            entry.lines += integerAggregate(row.lines);
            entry.fen += integerAggregate(row.fen);
            (entry.persons as Set<string>).add(person);
          }
        }
      }

      const out: RollupRow[] = [];
      for (const entry of groups.values()) {
        const [programmeCode, period, fundingLevelCode, departmentCode, countyCode] = JSON.parse(entry.key) as Array<string | null>;
        out.push({
          programmeCode: programmeCode ?? null,
          period: period ?? null,
          fundingLevel: dims.has('FUNDING_LEVEL') ? lookup(FUNDING_LEVEL, fundingLevelCode ?? null) : null,
          fundingLevelCode: fundingLevelCode ?? null,
          department: dims.has('DEPARTMENT') ? lookup(DEPARTMENT, departmentCode ?? null) : null,
          departmentCode: departmentCode ?? null,
          countyCode: countyCode ?? null,
          status: entry.status === null ? null : (STATUS_OF_CODE[entry.status] ?? 'UNRECOGNISED'),
          personGroup: entry.group,
          lineCount: entry.lines,
          personCount: typeof entry.persons === 'number' ? entry.persons : entry.persons.size,
          totalFen: entry.fen,
        });
      }
      return out.sort(compareRollupRows);
    });
  }

  /**
   * The distinct normalised ID numbers of the lines matching `filter`, sorted; with
   * `filter.idNumbers` it answers "which of these persons have a line". Null when there are more
   * than `limit`.
   */
  async idNumbers(filter: PaymentLineFilter, limit: number): Promise<string[] | null> {
    return this.db.run(async (ds) => {
      const selection = await this.select(ds, filter, null);
      const found = new Set<string>();
      if (selection.batches.length === 0) return [];
      for (const ids of this.idChunks(filter)) {
        const rows: Array<{ sfzh: string | null }> = await this.lineConditions(ds.getRepository(LineEntity).createQueryBuilder('m'), selection, filter, null, ids)
          .select('m.SFZH', 'sfzh')
          .distinct(true)
          .getRawMany();
        for (const row of rows) found.add(normaliseIdNumber(row.sfzh));
        if (found.size > limit) return null;
      }
      return [...found].sort();
    });
  }

  /**
   * Failed lines not re-issued: no line of the same normalised ID number, under the same
   * programme, that is not failed, in another batch sent to the bank after the failed line's batch
   * and at most `withinSeconds` after it. Only lines whose window has closed by `asOf` are judged;
   * a failed line in a batch never sent to the bank has no window and is not reported.
   */
  async unpaidPage(filter: PaymentLineFilter, check: UnpaidCheck, after: string | null, first: number): Promise<FoundPage> {
    return this.db.run(async (ds) => {
      const items: FoundLine[] = [];
      let hasNextPage = false;
      await this.scanUnpaid(ds, filter, check, after, Math.max(first + 1, 200), (found) => {
        if (items.length === first) {
          hasNextPage = true;
          return false;
        }
        items.push(found);
        return true;
      });
      return { items, hasNextPage };
    });
  }

  async unpaidTotals(filter: PaymentLineFilter, check: UnpaidCheck): Promise<PaymentTotals> {
    return this.db.run(async (ds) => {
      let lineCount = 0;
      let totalFen = 0;
      const persons = new Set<string>();
      await this.scanUnpaid(ds, filter, check, null, CANDIDATE_FETCH, ({ line }) => {
        lineCount++;
        totalFen += line.amountFen;
        persons.add(line.idNumber);
        return true;
      });
      return { lineCount, personCount: persons.size, totalFen };
    });
  }

  // ---- internals ---------------------------------------------------------------------------

  private async scanUnpaid(
    ds: DataSource,
    filter: PaymentLineFilter,
    check: UnpaidCheck,
    after: string | null,
    fetch: number,
    accept: (found: FoundLine) => boolean,
  ): Promise<void> {
    if (filter.status !== null && filter.status !== 'FAILED') return;
    const asOfMs = Date.parse(check.asOf);
    const windowMs = check.withinSeconds * 1000;
    const failedFilter: PaymentLineFilter = { ...filter, status: 'FAILED' };
    const selection = await this.select(ds, failedFilter, null, false, (batch) => {
      const sent = batch.record.sentToBankAt;
      return sent !== null && Date.parse(sent) + windowMs <= asOfMs;
    });
    if (selection.batches.length === 0) return;
    const runs = await this.mxidRuns(ds, selection, failedFilter);
    let cursor = after;
    for (;;) {
      const candidates = await this.readPage(ds, selection, failedFilter, null, cursor, fetch, runs);
      if (candidates.length === 0) return;
      const reissues = await this.reissueCandidates(ds, selection, candidates);
      for (const line of candidates) {
        const verdict = judgeUnpaid(line, reissues.get(line.idNumber) ?? [], windowMs);
        if (verdict !== null && !accept({ line, note: verdict })) return;
      }
      if (candidates.length < fetch) return;
      cursor = candidates.at(-1)!.id;
    }
  }

  /**
   * Every not-failed line of the candidates' persons, any batch: the person index decides the
   * plan (a persons' lines are few), and batch and programme are judged in code.
   */
  private async reissueCandidates(ds: DataSource, selection: Selection, candidates: readonly PaymentLineRecord[]): Promise<Map<string, PaymentLineRecord[]>> {
    const found = new Map<string, PaymentLineRecord[]>();
    for (const ids of chunk([...new Set(candidates.map((line) => line.idNumber))], LOOKUP_CHUNK_SIZE)) {
      const match = idMatchSql(this.db.dialect, 'm.SFZH', ids, 'reissueIds');
      const query = this.lineSelect(ds)
        .where(match.sql, match.params)
        .andWhere(`(m.FFZTDM IS NULL OR ${codeSql(this.db.dialect, 'm.FFZTDM')} <> '2')`)
        .orderBy('m.MXID');
      for (const line of this.toLines(selection, await query.getRawMany())) {
        const list = found.get(line.idNumber);
        if (list) list.push(line);
        else found.set(line.idNumber, [line]);
      }
    }
    return found;
  }

  /** Every batch, normalised, and those the filter (and check) select; programmes only when needed. */
  private async select(
    ds: DataSource,
    filter: PaymentLineFilter,
    check: LineCheck | null,
    withProgrammes = false,
    extra: (batch: SelectedBatch) => boolean = () => true,
  ): Promise<Selection> {
    const needProgrammes = withProgrammes || filter.department !== null || filter.fundingLevel !== null;
    const [batchRows, programmeRows] = await Promise.all([
      ds.getRepository(BatchEntity).createQueryBuilder('b').orderBy('b.PCH').getMany(),
      needProgrammes ? ds.getRepository(ProgrammeEntity).createQueryBuilder('p').orderBy('p.XMDM').getMany() : Promise.resolve([]),
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

  private batchOfRaw(selection: Selection, pch: string): SelectedBatch | undefined {
    return selection.byRaw.get(pch) ?? selection.byRaw.get(pch.toLowerCase()) ?? selection.all.get(trimLegacyText(pch));
  }

  /**
   * The MXID runs holding the selected batches' lines, when the selection is sparse enough for
   * MariaDB to misjudge it; null otherwise (and when the person index decides the plan anyway).
   */
  private async mxidRuns(ds: DataSource, selection: Selection, filter: PaymentLineFilter): Promise<Array<[bigint, bigint]> | null> {
    if (filter.idNumbers !== null || filter.idNumber !== null) return null;
    if (selection.batches.length >= selection.total * SPARSE_SHARE) return null;
    const rows: Array<{ lo: string | number | null; hi: string | number | null }> = await this.batchCondition(ds.getRepository(LineEntity).createQueryBuilder('m'), selection)
      .select('MIN(m.MXID)', 'lo')
      .addSelect('MAX(m.MXID)', 'hi')
      .groupBy('m.PCH')
      .getRawMany();
    const runs = rows
      .filter((r) => r.lo != null && r.hi != null)
      .map((r) => [BigInt(r.lo!), BigInt(r.hi!)] as [bigint, bigint])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const merged: Array<[bigint, bigint]> = [];
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
  private async readPage(
    ds: DataSource,
    selection: Selection,
    filter: PaymentLineFilter,
    check: LineCheck | null,
    after: string | null,
    limit: number,
    runs: Array<[bigint, bigint]> | null,
  ): Promise<PaymentLineRecord[]> {
    const afterId = after === null ? null : BigInt(after);
    const liveRuns = runs?.filter(([, hi]) => afterId === null || hi > afterId) ?? null;
    if (liveRuns !== null && liveRuns.length === 0) return [];
    const lines: PaymentLineRecord[] = [];
    for (const ids of this.idChunks(filter)) {
      const query = this.lineConditions(this.lineSelect(ds), selection, filter, check, ids);
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

  private toLines(selection: Selection, raws: RawLine[]): PaymentLineRecord[] {
    const lines: PaymentLineRecord[] = [];
    for (const raw of raws) {
      const row = Object.fromEntries(LINE_COLUMNS.map((c) => [c, raw[`mx_${c}`] ?? null])) as unknown as LineRow;
      const batch = this.batchOfRaw(selection, String(row.PCH ?? ''));
      if (batch) lines.push(toPaymentLineRecord(row, batch.record));
    }
    return lines;
  }

  private lineSelect(ds: DataSource): SelectQueryBuilder<LineRow> {
    const query = ds.getRepository(LineEntity).createQueryBuilder('m').select('m.MXID', 'mx_MXID');
    for (const column of LINE_COLUMNS.slice(1)) query.addSelect(`m.${column}`, `mx_${column}`);
    return query;
  }

  /** `filter.idNumbers` in lookup chunks, or one pass without an ID restriction. */
  private idChunks(filter: PaymentLineFilter): Array<string[] | null> {
    if (filter.idNumbers === null) return [null];
    const ids = [...new Set(filter.idNumbers.map((id) => normaliseIdNumber(id)))].filter((id) => id !== '');
    return chunk(ids, LOOKUP_CHUNK_SIZE);
  }

  private batchCondition<T extends object>(query: SelectQueryBuilder<T>, selection: Selection): SelectQueryBuilder<T> {
    return query.where('m.PCH IN (:...selectedBatches)', { selectedBatches: selection.batches.map((b) => b.raw) });
  }

  private lineConditions<T extends object>(
    query: SelectQueryBuilder<T>,
    selection: Selection,
    filter: PaymentLineFilter,
    check: LineCheck | null,
    ids: string[] | null,
  ): SelectQueryBuilder<T> {
    const dialect = this.db.dialect;
    this.batchCondition(query, selection);
    if (filter.status !== null) {
      const code = CODE_OF_STATUS[filter.status];
      if (code !== undefined) query.andWhere(`${codeSql(dialect, 'm.FFZTDM')} = :statusCode`, { statusCode: code });
      else query.andWhere(`(m.FFZTDM IS NULL OR ${codeSql(dialect, 'm.FFZTDM')} NOT IN (:...knownCodes))`, { knownCodes: LINE_STATUS_CODES });
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

function lateNote(line: PaymentLineRecord, check: LineCheck): string {
  const sent = line.batch.sentToBankAt!;
  const credited = line.creditedAt;
  if (credited === null) return `batch ${line.batch.batchNumber} sent to the bank at ${sent}`;
  const seconds = Math.round((Date.parse(credited) - Date.parse(sent)) / 1000);
  return `credited at ${credited}, ${hours(seconds)} hours after batch ${line.batch.batchNumber} was sent to the bank at ${sent} (limit ${hours(check.thresholdSeconds)} hours)`;
}

/** Why a failed line is left unpaid, or null when it was re-issued in time. */
function judgeUnpaid(line: PaymentLineRecord, sameProgrammeLines: readonly PaymentLineRecord[], windowMs: number): string | null {
  const sentMs = Date.parse(line.batch.sentToBankAt!);
  let firstLater: { line: PaymentLineRecord; sentMs: number } | null = null;
  for (const other of sameProgrammeLines) {
    if (other.batch.programmeCode !== line.batch.programmeCode || other.batch.batchNumber === line.batch.batchNumber) continue;
    if (other.statusCode === '2' || other.batch.sentToBankAt === null) continue;
    const otherMs = Date.parse(other.batch.sentToBankAt);
    if (otherMs <= sentMs) continue;
    if (otherMs - sentMs <= windowMs) return null;
    if (!firstLater || otherMs < firstLater.sentMs) firstLater = { line: other, sentMs: otherMs };
  }
  const days = windowMs / 86_400_000;
  const reason = line.failureReason ? ` (bank: ${line.failureReason})` : '';
  const base = `failed${reason} in batch ${line.batch.batchNumber} sent to the bank at ${line.batch.sentToBankAt}, amount ${fenToDecimal(line.amountFen)}; no line for the same person under programme ${line.batch.programmeCode ?? '(none)'} that did not fail was sent within ${Number.isInteger(days) ? days : days.toFixed(2)} days after`;
  if (!firstLater) return base;
  return `${base} (the first later one, line ${firstLater.line.id} in batch ${firstLater.line.batch.batchNumber}, was sent at ${firstLater.line.batch.sentToBankAt})`;
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareRollupRows(a: RollupRow, b: RollupRow): number {
  return (
    compareNullable(a.programmeCode, b.programmeCode) ||
    compareNullable(a.period, b.period) ||
    compareNullable(a.fundingLevelCode, b.fundingLevelCode) ||
    compareNullable(a.departmentCode, b.departmentCode) ||
    compareNullable(a.countyCode, b.countyCode) ||
    compareNullable(a.personGroup, b.personGroup) ||
    compareNullable(a.status, b.status)
  );
}

