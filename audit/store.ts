/**
 * The audit log in the hub's own store (config.store): SQLite by default, MariaDB/MySQL with
 * HUB_STORE_URL. Tables `hub_audit_log` (the chained records, each naming its persons),
 * `hub_audit_head` (the last seq and hash written, to detect a cut-off tail), `hub_audit_person`
 * (the index for "who looked at this person", derived from the records in batches) and
 * `hub_audit_index_head` (how far that index has got).
 *
 * What is guaranteed: `append` resolves only once the record and its chain link are committed, so
 * a gateway that answers after it never answers for a request the log lacks. The index may lag
 * behind (a batch waiting, a crash before it was written): queries by person read the index up to
 * its watermark and the records after it, so they are exact either way, and a writer brings the
 * index up to date when it opens (catch-up from the watermark).
 */
import { recordHash, type AuditEntry, type AuditKeys, type AuditOutcome, type AuditRecord, type ChainSource } from './chain.js';
import { COLUMNS, fromRow, isLegacy, personsBySeq, type Row } from './log-table.js';
import { DEFAULT_INDEX_POLICY, PersonIndexer, type IndexPolicy, type PersonIndexTarget } from './person-index.js';
import { MysqlAuditLog } from './mysql-log.js';
import { SqliteAuditLog } from './sqlite-log.js';
import type { DatabaseLocation } from '../lib/database-location.js';

export interface AuditQuery {
  user?: string;
  role?: string;
  outcome?: AuditOutcome;
  operationName?: string;
  /** Inclusive bounds on `at` (ISO 8601; a date alone means from its start / through its end). */
  from?: string;
  to?: string;
  /** A person hash (audit/chain.ts personHash). */
  person?: string;
  /** Paging by sequence number. */
  afterSeq?: number;
  beforeSeq?: number;
  limit: number;
  newestFirst?: boolean;
}

export interface AuditStore extends ChainSource {
  readonly dialect: 'sqlite' | 'mysql';
  /** Commits one chained record; resolves once it is durable. Its persons are indexed later. */
  append(entry: AuditEntry): Promise<AuditRecord>;
  query(query: AuditQuery): Promise<AuditRecord[]>;
  /** Writes the index rows of every record appended so far (or catches up from the watermark). */
  flushIndex(): Promise<void>;
  /** Flushes the index, then closes. */
  close(): Promise<void>;
}

/** One dialect's SQL behind the store (audit/sqlite-log.ts, audit/mysql-log.ts). */
export interface AuditLogDriver extends PersonIndexTarget {
  readonly dialect: 'sqlite' | 'mysql';
  /** Under the append lock, in one transaction: reads the head, inserts the record `build` makes, moves the head. */
  append(build: (seq: number, prevHash: string) => AuditRecord): Promise<AuditRecord>;
  select(sql: string, params: (string | number)[]): Promise<Row[]>;
  seqOfHash(hash: string): Promise<number | null>;
  head(): Promise<{ lastSeq: number; lastHash: string }>;
  /** Index rows of records fromSeq..toSeq, by seq then person (records from before the `persons` column). */
  indexRows(fromSeq: number, toSeq: number): Promise<{ seq: number | string; person: string }[]>;
  /** Which of these persons the index lists under records fromSeq..toSeq. */
  indexedPairs(fromSeq: number, toSeq: number, persons: readonly string[]): Promise<{ seq: number | string; person: string }[]>;
  /** Seqs of the records naming this person: from the index, plus (`tail`) from the records after the watermark. */
  seqsOfPerson(person: string, bounds: { afterSeq?: number; beforeSeq?: number }, tail: { afterSeq: number; pattern: string } | null): Promise<number[]>;
  close(): Promise<void>;
}

export interface AuditStoreOptions {
  /** When index rows are written; DEFAULT_INDEX_POLICY unless given. */
  index?: Partial<IndexPolicy>;
  /**
   * Bring the index up to date on open, in the background (default true: the gateway). A reader
   * such as `hub audit` passes false and changes nothing; its answers are exact all the same.
   */
  catchUpOnOpen?: boolean;
}

function whereClause(query: AuditQuery, person: { seqs: number[]; pattern: string | null } | null): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number) => {
    clauses.push(sql);
    params.push(value);
  };
  if (query.user !== undefined) add('l.user_id = ?', query.user);
  if (query.role !== undefined) add('l.role = ?', query.role);
  if (query.outcome !== undefined) add('l.outcome = ?', query.outcome);
  if (query.operationName !== undefined) add('l.operation_name = ?', query.operationName);
  if (query.from !== undefined) add('l.at >= ?', query.from);
  // A bare date includes its whole day: every ISO instant of that day sorts below the date + 'U'.
  if (query.to !== undefined) add('l.at <= ?', /^\d{4}-\d{2}-\d{2}$/.test(query.to) ? `${query.to}U` : query.to);
  if (query.afterSeq !== undefined) add('l.seq > ?', query.afterSeq);
  if (query.beforeSeq !== undefined) add('l.seq < ?', query.beforeSeq);
  if (person !== null) {
    // Integers the store itself returned: written inline, as a list can outgrow the placeholder limit.
    clauses.push(`l.seq IN (${person.seqs.map((s) => Math.trunc(s)).join(', ')})`);
    // The record itself must name the person: the index only points at candidates.
    if (person.pattern !== null) add('(l.persons IS NULL OR l.persons LIKE ?)', person.pattern);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Persons per index look-up when verifying. */
const CHECK_PERSONS = 5000;

const SELECT_COLUMNS = COLUMNS.split(', ').map((c) => `l.${c}`).join(', ');

function buildRecord(keys: AuditKeys, seq: number, prevHash: string, entry: AuditEntry): AuditRecord {
  const normalised: AuditEntry = { ...entry, persons: [...new Set(entry.persons)].sort() };
  return { ...normalised, seq, prevHash, hash: recordHash(keys, prevHash, normalised) };
}

class ChainedAuditStore implements AuditStore {
  readonly dialect: 'sqlite' | 'mysql';
  private readonly indexer: PersonIndexer;

  constructor(
    private readonly driver: AuditLogDriver,
    private readonly keys: AuditKeys,
    options: AuditStoreOptions,
  ) {
    this.dialect = driver.dialect;
    this.indexer = new PersonIndexer(driver, { ...DEFAULT_INDEX_POLICY, ...options.index });
    if (options.catchUpOnOpen ?? true) void this.indexer.catchUp();
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    const record = await this.driver.append((seq, prevHash) => buildRecord(this.keys, seq, prevHash, entry));
    this.indexer.add(record);
    return record;
  }

  /** Rows to records; a record from before the `persons` column gets its persons from the index. */
  private async toRecords(rows: Row[]): Promise<AuditRecord[]> {
    const records = rows.map(fromRow);
    const legacy = rows.filter(isLegacy).map((row) => Number(row.seq));
    if (legacy.length === 0) return records;
    const persons = personsBySeq(await this.driver.indexRows(Math.min(...legacy), Math.max(...legacy)));
    const legacySeqs = new Set(legacy);
    return records.map((record) => (legacySeqs.has(record.seq) ? { ...record, persons: persons.get(record.seq) ?? [] } : record));
  }

  async records(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return this.toRecords(await this.driver.select(`SELECT ${COLUMNS} FROM hub_audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, [afterSeq, limit]));
  }

  seqOfHash(hash: string): Promise<number | null> {
    return this.driver.seqOfHash(hash);
  }

  head(): Promise<{ lastSeq: number; lastHash: string }> {
    return this.driver.head();
  }

  async firstMissingFromIndex(records: readonly AuditRecord[]): Promise<number | null> {
    // The watermark first: rows up to it were committed with it, so none of them can be missing yet.
    const through = await this.driver.indexedThrough();
    const reached = records.filter((r) => r.seq <= through);
    let start = 0;
    while (start < reached.length) {
      // A few thousand persons per look-up keep the IN list well inside every placeholder limit.
      let end = start;
      let persons = 0;
      while (end < reached.length && (end === start || persons + reached[end]!.persons.length <= CHECK_PERSONS)) persons += reached[end++]!.persons.length;
      const chunk = reached.slice(start, end);
      const names = [...new Set(chunk.flatMap((r) => r.persons))];
      const found = new Set<string>();
      for (let i = 0; i < names.length; i += CHECK_PERSONS) {
        const rows = await this.driver.indexedPairs(chunk[0]!.seq, chunk[chunk.length - 1]!.seq, names.slice(i, i + CHECK_PERSONS));
        for (const row of rows) found.add(`${Number(row.seq)} ${row.person}`);
      }
      const bad = chunk.find((r) => r.persons.some((person) => !found.has(`${r.seq} ${person}`)));
      if (bad) return bad.seq;
      start = end;
    }
    return null;
  }

  async query(query: AuditQuery): Promise<AuditRecord[]> {
    let person: { seqs: number[]; pattern: string | null } | null = null;
    if (query.person !== undefined) {
      // The watermark first: everything up to it is in the index, everything after it is read from the records.
      const through = await this.driver.indexedThrough();
      const pattern = /^[0-9a-f]{8,64}$/.test(query.person) ? `%${query.person}%` : null;
      const seqs = await this.driver.seqsOfPerson(query.person, query, pattern ? { afterSeq: through, pattern } : null);
      if (seqs.length === 0) return [];
      person = { seqs: [...new Set(seqs)], pattern };
    }
    const where = whereClause(query, person);
    const sql = `SELECT ${SELECT_COLUMNS} FROM hub_audit_log l ${where.sql} ORDER BY l.seq ${query.newestFirst ? 'DESC' : 'ASC'} LIMIT ?`;
    return this.toRecords(await this.driver.select(sql, [...where.params, query.limit]));
  }

  flushIndex(): Promise<void> {
    return this.indexer.flush();
  }

  async close(): Promise<void> {
    await this.indexer.close();
    await this.driver.close();
  }
}

export async function openAuditStore(location: DatabaseLocation, keys: AuditKeys, options: AuditStoreOptions = {}): Promise<AuditStore> {
  const driver = location.kind === 'sqlite' ? new SqliteAuditLog(location.file) : await MysqlAuditLog.open(location.url);
  return new ChainedAuditStore(driver, keys, options);
}
