/**
 * The audit log on SQLite (the hub's store file in HUB_DATA_DIR). Appends take the write lock
 * with BEGIN IMMEDIATE before reading the head, so several gateway processes on one file still
 * write one unbroken chain, and commit with synchronous=FULL: a record the gateway answered for
 * survives a crash of the process and of the machine. The persons' index is written on a second
 * connection with synchronous=NORMAL: what a power loss takes from it is rebuilt from the records.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GENESIS_HASH, type AuditRecord } from './chain.js';
import { addPersonsColumn, COLUMNS, ddl, epochLists, epochOf, initialRows, namesPerson, personMatch, personsFromText, values, type Row, type StoredPersons } from './log-table.js';
import type { IndexedRecord, IndexRows } from './person-index.js';
import type { AuditLogDriver } from './store.js';

/** Rows per INSERT statement: one call into SQLite instead of a hundred. */
const ROWS_PER_INSERT = 100;

function open(file: string, synchronous: 'FULL' | 'NORMAL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`synchronous = ${synchronous}`);
  return db;
}

function migrate(db: Database.Database): void {
  for (const statement of ddl('sqlite')) db.exec(statement);
  const columns = db.prepare('PRAGMA table_info(hub_audit_log)').all() as { name: string }[];
  if (!columns.some((c) => c.name === 'persons')) db.exec(addPersonsColumn('sqlite'));
  for (const { sql, params } of initialRows('sqlite', GENESIS_HASH)) db.prepare(sql).run(...params);
}

export class SqliteAuditLog implements AuditLogDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly indexDb: Database.Database;
  private readonly appendTx: (build: (seq: number, prevHash: string) => AuditRecord, persons: StoredPersons) => AuditRecord;
  private readonly indexTx: (rows: IndexRows, raiseTo: number | null) => void;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = open(file, 'FULL');
    migrate(this.db);
    this.indexDb = open(file, 'NORMAL');
    // A bigger page cache: a batch's rows land all over the newest epoch of the index.
    this.indexDb.pragma('cache_size = -65536');

    const head = this.db.prepare('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1');
    const insert = this.db.prepare(`INSERT INTO hub_audit_log (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`);
    const updateHead = this.db.prepare('UPDATE hub_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1');
    const tx = this.db.transaction((build: (seq: number, prevHash: string) => AuditRecord, persons: StoredPersons) => {
      const { last_seq, last_hash } = head.get() as { last_seq: number; last_hash: string };
      const record = build(Number(last_seq) + 1, last_hash);
      insert.run(values(record, persons));
      updateHead.run(record.seq, record.hash);
      return record;
    });
    // IMMEDIATE takes the write lock before reading the head, so two processes cannot both append seq N.
    this.appendTx = (build, persons) => tx.immediate(build, persons);

    const insertRows = (n: number) => this.indexDb.prepare(`INSERT OR IGNORE INTO hub_audit_person_block (epoch, person, block) VALUES ${Array(n).fill('(?, ?, ?)').join(', ')}`);
    const insertMany = insertRows(ROWS_PER_INSERT);
    const insertOne = insertRows(1);
    const raise = this.indexDb.prepare('UPDATE hub_audit_index_head SET indexed_seq = ? WHERE id = 1 AND indexed_seq < ?');
    const itx = this.indexDb.transaction(({ persons, blocks }: IndexRows, raiseTo: number | null) => {
      const params: (string | number)[] = new Array(3 * ROWS_PER_INSERT);
      let i = 0;
      for (; i + ROWS_PER_INSERT <= persons.length; i += ROWS_PER_INSERT) {
        for (let k = 0; k < ROWS_PER_INSERT; k++) {
          params[3 * k] = epochOf(blocks[i + k]!);
          params[3 * k + 1] = persons[i + k]!;
          params[3 * k + 2] = blocks[i + k]!;
        }
        insertMany.run(params);
      }
      for (; i < persons.length; i++) insertOne.run(epochOf(blocks[i]!), persons[i]!, blocks[i]!);
      if (raiseTo !== null) raise.run(raiseTo, raiseTo);
    });
    this.indexTx = (rows, raiseTo) => itx.immediate(rows, raiseTo);
  }

  async append(build: (seq: number, prevHash: string) => AuditRecord, persons: StoredPersons): Promise<AuditRecord> {
    return this.appendTx(build, persons);
  }

  async select(sql: string, params: (string | number)[]): Promise<Row[]> {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  async seqOfHash(hash: string): Promise<number | null> {
    const row = this.db.prepare('SELECT seq FROM hub_audit_log WHERE hash = ? LIMIT 1').get(hash) as { seq: number } | undefined;
    return row ? Number(row.seq) : null;
  }

  async head(): Promise<{ lastSeq: number; lastHash: string }> {
    const row = this.db.prepare('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1').get() as { last_seq: number; last_hash: string };
    return { lastSeq: Number(row.last_seq), lastHash: row.last_hash };
  }

  async indexedThrough(): Promise<number> {
    const row = this.db.prepare('SELECT indexed_seq FROM hub_audit_index_head WHERE id = 1').get() as { indexed_seq: number };
    return Number(row.indexed_seq);
  }

  async indexRows(fromSeq: number, toSeq: number): Promise<{ seq: number; person: string }[]> {
    return this.db.prepare('SELECT seq, person FROM hub_audit_person WHERE seq BETWEEN ? AND ? ORDER BY seq, person').all(fromSeq, toSeq) as { seq: number; person: string }[];
  }

  async legacySeqsOfPerson(person: string, afterSeq: number, beforeSeq: number): Promise<number[]> {
    const seqs = this.db.prepare('SELECT seq FROM hub_audit_person WHERE person = ? AND seq > ? AND seq < ?').pluck().all(person, afterSeq, beforeSeq) as number[];
    return seqs.map(Number);
  }

  async blocksOfPerson(person: string, fromBlock: number, toBlock: number): Promise<number[]> {
    const blocks: number[] = [];
    for (const epochs of epochLists(fromBlock, toBlock)) {
      const statement = this.db.prepare(`SELECT block FROM hub_audit_person_block WHERE epoch IN (${epochs.join(', ')}) AND person = ? AND block BETWEEN ? AND ?`);
      for (const block of statement.pluck().all(person, fromBlock, toBlock) as number[]) blocks.push(Number(block));
    }
    return blocks;
  }

  async seqsNaming(person: string, fromSeq: number, toSeq: number): Promise<number[]> {
    const seqs = this.db
      .prepare(`SELECT seq FROM hub_audit_log l WHERE seq BETWEEN ? AND ? AND l.persons IS NOT NULL AND ${namesPerson('sqlite')}`)
      .pluck()
      .all(fromSeq, toSeq, personMatch(person)) as number[];
    return seqs.map(Number);
  }

  async personsAfter(afterSeq: number, limit: number): Promise<IndexedRecord[]> {
    const rows = this.db.prepare('SELECT seq, persons FROM hub_audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as { seq: number; persons: string | null }[];
    return rows.map((row) => ({ seq: Number(row.seq), persons: personsFromText(row.persons) }));
  }

  async writeIndex(rows: IndexRows, raiseTo: number | null): Promise<void> {
    this.indexTx(rows, raiseTo);
  }

  async indexedPairs(fromSeq: number, toSeq: number, persons: readonly string[]): Promise<{ seq: number; person: string }[]> {
    if (persons.length === 0) return [];
    const statement = this.db.prepare(`SELECT seq, person FROM hub_audit_person WHERE person IN (${persons.map(() => '?').join(', ')}) AND seq BETWEEN ? AND ?`);
    return statement.all(...persons, fromSeq, toSeq) as { seq: number; person: string }[];
  }

  async indexedBlocks(fromBlock: number, toBlock: number, persons: readonly string[]): Promise<{ block: number; person: string }[]> {
    if (persons.length === 0) return [];
    const rows: { block: number; person: string }[] = [];
    for (const epochs of epochLists(fromBlock, toBlock)) {
      const statement = this.db.prepare(
        `SELECT block, person FROM hub_audit_person_block WHERE epoch IN (${epochs.join(', ')}) AND person IN (${persons.map(() => '?').join(', ')}) AND block BETWEEN ? AND ?`,
      );
      rows.push(...(statement.all(...persons, fromBlock, toBlock) as { block: number; person: string }[]));
    }
    return rows;
  }

  async close(): Promise<void> {
    this.indexDb.close();
    this.db.close();
  }
}
