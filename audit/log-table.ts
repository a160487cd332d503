/**
 * The audit log's tables as SQL sees them, in both dialects: the DDL (with SQLite's append-only
 * triggers; MySQL's are created by the store, which may lack the privilege), the column list, and
 * the mapping between a row and an AuditRecord.
 *
 * A record carries its persons (keyed hashes, comma-separated) in its own `persons` column, so a
 * request costs one row. `hub_audit_person_block` is the derived per-person index, written in
 * batches: one row per person and block of PERSON_BLOCK consecutive records, which points at the
 * records of that block that may name the person (the records themselves say which do), filed
 * under the epoch of BLOCKS_PER_EPOCH blocks the block belongs to.
 * `hub_audit_index_head.indexed_seq` is its watermark: every record up to it is indexed.
 *
 * Older logs also have `hub_audit_person` rows, one per person and record: the index as it was
 * written up to the watermark at the upgrade. They stay where they are and are still read. Records
 * written before the `persons` column existed have it NULL and their persons only in those rows
 * (which were then written with the record, so the watermark starts at the last of them).
 */
import type { AuditOutcome, AuditRecord } from './chain.js';

export const COLUMNS = 'seq, at, user_id, role, scope, actor, client, operation_name, document_hash, person_count, persons_digest, row_count, outcome, code, prev_hash, hash, persons';

export interface Row {
  seq: number | string;
  at: string;
  user_id: string;
  role: string;
  scope: string;
  actor: string | null;
  client: string | null;
  operation_name: string | null;
  document_hash: string | null;
  person_count: number | string;
  persons_digest: string;
  row_count: number | string;
  outcome: string;
  code: string | null;
  prev_hash: string;
  hash: string;
  /** NULL on records written before persons were kept in the record (see the header). */
  persons: string | null;
}

/** Persons as the `persons` column holds them: hashes of fixed length, so `LIKE '%hash%'` matches only a whole one. */
export function personsText(persons: readonly string[]): string {
  return persons.join(',');
}

export function personsFromText(text: string | null): string[] {
  return text ? text.split(',') : [];
}

/** A legacy row (persons NULL) gets its persons from hub_audit_person afterwards (audit/store.ts). */
export function fromRow(row: Row): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    user: row.user_id,
    role: row.role,
    scope: row.scope,
    actor: row.actor,
    client: row.client,
    operationName: row.operation_name,
    documentHash: row.document_hash,
    persons: personsFromText(row.persons),
    rowCount: Number(row.row_count),
    outcome: row.outcome as AuditOutcome,
    code: row.code,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A record's persons as stored: the `persons` column and its digest, made once per set of persons (audit/store.ts). */
export interface StoredPersons {
  text: string;
  digest: string;
}

export function values(record: AuditRecord, persons: StoredPersons): (string | number | null)[] {
  return [
    record.seq,
    record.at,
    record.user,
    record.role,
    record.scope,
    record.actor,
    record.client,
    record.operationName,
    record.documentHash,
    record.persons.length,
    persons.digest,
    record.rowCount,
    record.outcome,
    record.code,
    record.prevHash,
    record.hash,
    persons.text,
  ];
}

/** Rows whose persons live only in the index (written before the `persons` column existed). */
export function isLegacy(row: Row): boolean {
  return row.persons === null && Number(row.person_count) > 0;
}

/**
 * Records per block of the persons' index. A cross-check asks each chunk of persons of eight to
 * ten departments within moments, so those records share a block and their persons one row each;
 * a look-up by person reads at most this many records per block it finds. Part of the stored
 * format: rows written with one size mean nothing with another.
 */
export const PERSON_BLOCK = 64;

export function blockOf(seq: number): number {
  return Math.floor(seq / PERSON_BLOCK);
}

/**
 * Blocks per epoch, the first part of the index's key. New rows all go to the newest epoch, a
 * few megabytes of the index, however large the whole has grown: keyed by person first, every
 * batch would touch (and SQLite write out again) pages all over the index. A look-up by person
 * costs one seek per epoch.
 */
export const BLOCKS_PER_EPOCH = 4;

export function epochOf(block: number): number {
  return Math.floor(block / BLOCKS_PER_EPOCH);
}

/** The epochs blocks fromBlock..toBlock belong to, in lists of at most `size` (each list one IN (...)). */
export function epochLists(fromBlock: number, toBlock: number, size = 500): number[][] {
  const lists: number[][] = [];
  for (let start = epochOf(fromBlock), last = epochOf(toBlock); start <= last; start += size) {
    lists.push(Array.from({ length: Math.min(size, last - start + 1) }, (_, i) => start + i));
  }
  return lists;
}

/** One screening request names up to tens of thousands of persons: 33 characters each. */
export const PERSONS_TYPE = { sqlite: 'TEXT', mysql: 'MEDIUMTEXT' } as const;

export function ddl(dialect: 'sqlite' | 'mysql'): string[] {
  const text = dialect === 'mysql' ? 'VARCHAR(255)' : 'TEXT';
  const hash = dialect === 'mysql' ? 'CHAR(64)' : 'TEXT';
  const options = dialect === 'mysql' ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '';
  const indexes = dialect === 'mysql' ? ', KEY ix_hub_audit_at (at), KEY ix_hub_audit_user (user_id), KEY ix_hub_audit_hash (hash)' : '';
  return [
    `CREATE TABLE IF NOT EXISTS hub_audit_log (
      seq BIGINT NOT NULL PRIMARY KEY,
      at VARCHAR(30) NOT NULL,
      user_id ${text} NOT NULL,
      role VARCHAR(20) NOT NULL,
      scope ${text} NOT NULL,
      actor ${text} NULL,
      client ${text} NULL,
      operation_name ${text} NULL,
      document_hash ${hash} NULL,
      person_count INT NOT NULL,
      persons_digest ${hash} NOT NULL,
      row_count INT NOT NULL,
      outcome VARCHAR(10) NOT NULL,
      code VARCHAR(60) NULL,
      prev_hash ${hash} NOT NULL,
      hash ${hash} NOT NULL,
      persons ${PERSONS_TYPE[dialect]} NULL${indexes}
    )${options}`,
    `CREATE TABLE IF NOT EXISTS hub_audit_head (
      id INT NOT NULL PRIMARY KEY,
      last_seq BIGINT NOT NULL,
      last_hash ${hash} NOT NULL
    )${options}`,
    // The index as older versions wrote it, one row per person and record; read, no longer written.
    // (Logs from before the `persons` column also have an index on seq, which their records'
    // persons are read through.)
    `CREATE TABLE IF NOT EXISTS hub_audit_person (
      person ${dialect === 'mysql' ? 'VARCHAR(64)' : 'TEXT'} NOT NULL,
      seq BIGINT NOT NULL,
      PRIMARY KEY (person, seq)
    )${dialect === 'sqlite' ? ' WITHOUT ROWID' : options}`,
    // One B-tree clustered by (epoch, person, block): a batch of rows sorted by person is written
    // in one sweep over the newest epoch, and a look-up reads one short range per epoch.
    `CREATE TABLE IF NOT EXISTS hub_audit_person_block (
      epoch BIGINT NOT NULL,
      person ${dialect === 'mysql' ? 'VARCHAR(64)' : 'TEXT'} NOT NULL,
      block BIGINT NOT NULL,
      PRIMARY KEY (epoch, person, block)
    )${dialect === 'sqlite' ? ' WITHOUT ROWID' : options}`,
    `CREATE TABLE IF NOT EXISTS hub_audit_index_head (
      id INT NOT NULL PRIMARY KEY,
      indexed_seq BIGINT NOT NULL
    )${options}`,
    ...(dialect === 'sqlite'
      ? [
          'CREATE INDEX IF NOT EXISTS ix_hub_audit_at ON hub_audit_log (at)',
          'CREATE INDEX IF NOT EXISTS ix_hub_audit_user ON hub_audit_log (user_id)',
          'CREATE INDEX IF NOT EXISTS ix_hub_audit_hash ON hub_audit_log (hash)',
          `CREATE TRIGGER IF NOT EXISTS hub_audit_log_no_update BEFORE UPDATE ON hub_audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
          `CREATE TRIGGER IF NOT EXISTS hub_audit_log_no_delete BEFORE DELETE ON hub_audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
        ]
      : []),
  ];
}

/**
 * After the tables exist (and a log from before the `persons` column has been given it): a new
 * log's index starts at 0; an older log's records were all indexed as they were written.
 */
export function initialRows(dialect: 'sqlite' | 'mysql', genesisHash: string): { sql: string; params: string[] }[] {
  const ignore = dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  return [
    { sql: `${ignore} INTO hub_audit_head (id, last_seq, last_hash) VALUES (1, 0, ?)`, params: [genesisHash] },
    { sql: `${ignore} INTO hub_audit_index_head (id, indexed_seq) SELECT 1, last_seq FROM hub_audit_head WHERE id = 1`, params: [] },
  ];
}

/** Index rows (in person order) grouped by record. */
export function personsBySeq(rows: { seq: number | string; person: string }[]): Map<number, string[]> {
  const bySeq = new Map<number, string[]>();
  for (const row of rows) {
    const seq = Number(row.seq);
    let list = bySeq.get(seq);
    if (!list) bySeq.set(seq, (list = []));
    list.push(row.person);
  }
  return bySeq;
}

/**
 * The condition that the record `l` names this person (personMatch gives the parameter): the
 * list with a comma either side holds ",person,", so only a whole hash matches; the hash is plain
 * text (no wildcards), compared case-sensitively in both dialects (in MySQL as bytes, which reads
 * a record's list twice as fast as through its collation).
 */
export function namesPerson(dialect: 'sqlite' | 'mysql', column = 'l.persons'): string {
  return dialect === 'mysql' ? `LOCATE(CAST(? AS BINARY), CAST(CONCAT(',', ${column}, ',') AS BINARY)) > 0` : `INSTR(',' || ${column} || ',', ?) > 0`;
}

export function personMatch(person: string): string {
  return `,${person},`;
}

/** The SQL that adds the `persons` column to a log created before it existed. */
export function addPersonsColumn(dialect: 'sqlite' | 'mysql'): string {
  return `ALTER TABLE hub_audit_log ADD COLUMN persons ${PERSONS_TYPE[dialect]} NULL`;
}
