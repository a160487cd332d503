/**
 * The audit log in the hub's own store (config.store): SQLite by default, MariaDB/MySQL with
 * HUB_STORE_URL. Tables `hub_audit_log` (the chained records, each naming its persons),
 * `hub_audit_head` (the last seq and hash written, to detect a cut-off tail),
 * `hub_audit_person_block` (the index for "who looked at this person", derived from the records
 * in batches: which blocks of records name the person; older logs' rows per record stay in
 * `hub_audit_person` and are read too) and `hub_audit_index_head` (how far that index has got).
 *
 * What is guaranteed: `append` resolves only once the record and its chain link are committed, so
 * a gateway that answers after it never answers for a request the log lacks. The index may lag
 * behind (a batch waiting, a crash before it was written): queries by person read the index up to
 * its watermark and the records after it, so they are exact either way, and a writer brings the
 * index up to date when it opens (catch-up from the watermark). The index only points at
 * candidates: a record is an answer when its own persons name the person (or, for a record from
 * before the `persons` column, when its row per person and record does).
 */
import { personsDigest, recordHash, type AuditEntry, type AuditKeys, type AuditOutcome, type AuditRecord, type ChainSource } from './chain.js';
import { blockOf, COLUMNS, PERSON_BLOCK, fromRow, isLegacy, namesPerson, personMatch, personsBySeq, personsText, type Row, type StoredPersons } from './log-table.js';
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
  /**
   * Under the append lock, in one transaction: reads the head, inserts the record `build` makes
   * (whose persons are stored as `persons`), moves the head.
   */
  append(build: (seq: number, prevHash: string) => AuditRecord, persons: StoredPersons): Promise<AuditRecord>;
  select(sql: string, params: (string | number)[]): Promise<Row[]>;
  seqOfHash(hash: string): Promise<number | null>;
  head(): Promise<{ lastSeq: number; lastHash: string }>;
  /** Index rows of records fromSeq..toSeq, by seq then person (records from before the `persons` column). */
  indexRows(fromSeq: number, toSeq: number): Promise<{ seq: number | string; person: string }[]>;
  /** Which of these persons the rows per person and record (older logs) list under records fromSeq..toSeq. */
  indexedPairs(fromSeq: number, toSeq: number, persons: readonly string[]): Promise<{ seq: number | string; person: string }[]>;
  /** Which of these persons the index lists under blocks fromBlock..toBlock. */
  indexedBlocks(fromBlock: number, toBlock: number, persons: readonly string[]): Promise<{ block: number | string; person: string }[]>;
  /** The rows per person and record (older logs) of this person, seq > afterSeq and < beforeSeq. */
  legacySeqsOfPerson(person: string, afterSeq: number, beforeSeq: number): Promise<number[]>;
  /** The blocks fromBlock..toBlock the index lists this person under. */
  blocksOfPerson(person: string, fromBlock: number, toBlock: number): Promise<number[]>;
  /** Seqs fromSeq..toSeq of the records whose own persons name this person (never a record from before the `persons` column). */
  seqsNaming(person: string, fromSeq: number, toSeq: number): Promise<number[]>;
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

function whereClause(dialect: 'sqlite' | 'mysql', query: AuditQuery, person: { seqs: number[]; person: string } | null): { sql: string; params: (string | number)[] } {
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
    // The record itself must name the person: the index only points at candidates. (A record from
    // before the `persons` column is a candidate only through its own row per person and record.)
    add(`(l.persons IS NULL OR ${namesPerson(dialect)})`, personMatch(person.person));
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Persons per index look-up when verifying. */
const CHECK_PERSONS = 5000;

const SELECT_COLUMNS = COLUMNS.split(', ').map((c) => `l.${c}`).join(', ');

/** A record's persons sorted, each once, and as stored: what buildRecord needs of them. */
interface NormalisedPersons extends StoredPersons {
  /** The persons as given (the last time they were). */
  given: readonly string[];
  sorted: string[];
  members: ReadonlySet<string>;
}

/**
 * Sets of persons normalised lately. A cross-check asks eight to ten departments about the same
 * chunk of persons within moments, and the recorder lists them in the same order each time: the
 * sort, the text and the digest are made once per chunk, not once per request.
 */
const RECENT_PERSON_SETS = 4;

class PersonsNormaliser {
  private recent: NormalisedPersons[] = [];

  normalise(persons: readonly string[]): NormalisedPersons {
    const same = this.recent.find((r) => sameList(r.given, persons));
    if (same) {
      if (same !== this.recent[0]) this.recent = [same, ...this.recent.filter((r) => r !== same)];
      return same;
    }
    const members = new Set(persons);
    const found = this.recent.find((r) => r.members.size === members.size && everyIn(members, r.members)) ?? made(persons, members);
    // A copy: the caller's list may change after the append.
    this.recent = [{ ...found, given: [...persons] }, ...this.recent.filter((r) => r !== found)].slice(0, RECENT_PERSON_SETS);
    return found;
  }
}

function made(given: readonly string[], members: ReadonlySet<string>): NormalisedPersons {
  const sorted = [...members].sort();
  return { given, sorted, members, text: personsText(sorted), digest: personsDigest(sorted) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function everyIn(members: ReadonlySet<string>, of: ReadonlySet<string>): boolean {
  for (const member of members) if (!of.has(member)) return false;
  return true;
}

function buildRecord(keys: AuditKeys, seq: number, prevHash: string, entry: AuditEntry, persons: NormalisedPersons): AuditRecord {
  // The sorted list is shared by the records of a chunk: nothing changes a record's persons.
  const normalised: AuditEntry = { ...entry, persons: persons.sorted };
  return { ...normalised, seq, prevHash, hash: recordHash(keys, prevHash, normalised, persons.digest) };
}

/** Seq ranges (inclusive) of these blocks, consecutive blocks in one range, clipped to from..to. */
function blockRanges(blocks: readonly number[], from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const block of [...new Set(blocks)].sort((a, b) => a - b)) {
    const start = Math.max(from, block * PERSON_BLOCK);
    const end = Math.min(to, (block + 1) * PERSON_BLOCK - 1);
    if (start > end) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 >= start) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

class ChainedAuditStore implements AuditStore {
  readonly dialect: 'sqlite' | 'mysql';
  private readonly indexer: PersonIndexer;
  private readonly normaliser = new PersonsNormaliser();

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
    // Sorted, joined and digested before the append lock is taken: under it only the chain link is made.
    const persons = this.normaliser.normalise(entry.persons);
    const record = await this.driver.append((seq, prevHash) => buildRecord(this.keys, seq, prevHash, entry, persons), persons);
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
      // Records in a row that name the same persons are checked together; a few thousand persons
      // per look-up keep the IN list well inside every placeholder limit.
      const names = new Set<string>();
      let end = start;
      while (end < reached.length) {
        const persons = reached[end]!.persons;
        let fresh = 0;
        for (const person of persons) if (!names.has(person)) fresh++;
        if (end > start && names.size + fresh > CHECK_PERSONS) break;
        for (const person of persons) names.add(person);
        end++;
      }
      const chunk = reached.slice(start, end);
      const first = chunk[0]!.seq;
      const last = chunk[chunk.length - 1]!.seq;
      const inBlocks = new Set<string>();
      await this.inSlices([...names], async (slice) => {
        for (const row of await this.driver.indexedBlocks(blockOf(first), blockOf(last), slice)) inBlocks.add(`${Number(row.block)} ${row.person}`);
      });
      // What no block row lists may still have its row per record (written before the blocks).
      const unlisted = chunk.map((r) => r.persons.filter((person) => !inBlocks.has(`${blockOf(r.seq)} ${person}`)));
      const inRows = new Set<string>();
      await this.inSlices([...new Set(unlisted.flat())], async (slice) => {
        for (const row of await this.driver.indexedPairs(first, last, slice)) inRows.add(`${Number(row.seq)} ${row.person}`);
      });
      const bad = chunk.findIndex((r, i) => unlisted[i]!.some((person) => !inRows.has(`${r.seq} ${person}`)));
      if (bad >= 0) return chunk[bad]!.seq;
      start = end;
    }
    return null;
  }

  private async inSlices(names: string[], look: (slice: string[]) => Promise<void>): Promise<void> {
    for (let i = 0; i < names.length; i += CHECK_PERSONS) await look(names.slice(i, i + CHECK_PERSONS));
  }

  /**
   * The seqs of every record that may name the person, within the query's bounds: the rows per
   * person and record of older logs (the main query checks those records), and the records that
   * name the person in the blocks the index lists up to the watermark and after it.
   */
  private async seqsOfPerson(person: string, query: AuditQuery): Promise<number[]> {
    // The watermark first: everything up to it is in the index, everything after it is read from the records.
    const through = await this.driver.indexedThrough();
    const after = query.afterSeq ?? 0;
    const before = query.beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const found = [await this.driver.legacySeqsOfPerson(person, after, before)];
    const from = after + 1;
    const to = Math.min(before - 1, through);
    if (from <= to) {
      const blocks = await this.driver.blocksOfPerson(person, blockOf(from), blockOf(to));
      for (const [start, end] of blockRanges(blocks, from, to)) found.push(await this.driver.seqsNaming(person, start, end));
    }
    if (before - 1 > Math.max(through, after)) found.push(await this.driver.seqsNaming(person, Math.max(through, after) + 1, before - 1));
    return found.flat();
  }

  async query(query: AuditQuery): Promise<AuditRecord[]> {
    let person: { seqs: number[]; person: string } | null = null;
    if (query.person !== undefined) {
      const seqs = await this.seqsOfPerson(query.person, query);
      if (seqs.length === 0) return [];
      person = { seqs: [...new Set(seqs)], person: query.person };
    }
    const where = whereClause(this.dialect, query, person);
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
