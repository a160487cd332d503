/**
 * The audit log in the hub's own store (config.store): SQLite by default, MariaDB/MySQL with
 * HUB_STORE_URL. Tables `hub_audit_log` (the chained records), `hub_audit_head` (the last seq and
 * hash written, to detect a cut-off tail) and `hub_audit_person` (an index for "who looked at this
 * person"; derived, not part of the chain). Appends are serialised: SQLite with BEGIN IMMEDIATE,
 * MySQL by locking the head row, so several gateway processes still write one unbroken chain.
 * Triggers refuse UPDATE and DELETE on the log where the database allows it; the chain catches
 * whoever gets around them. A record's persons live in `hub_audit_person`; the record holds their
 * count and digest, which the chain covers, so removing or adding a person row breaks the chain too.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { GENESIS_HASH, recordHash, type AuditEntry, type AuditKeys, type AuditOutcome, type AuditRecord, type ChainSource } from './chain.js';
import { COLUMNS, ddl, fromRow, values, withPersons, type Row } from './log-table.js';
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
  append(entry: AuditEntry): Promise<AuditRecord>;
  query(query: AuditQuery): Promise<AuditRecord[]>;
  close(): Promise<void>;
}

function whereClause(query: AuditQuery): { sql: string; params: (string | number)[] } {
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
  if (query.person !== undefined) add('l.seq IN (SELECT p.seq FROM hub_audit_person p WHERE p.person = ?)', query.person);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The SELECT that answers an AuditQuery: the same text in both dialects. */
function querySql(query: AuditQuery): { sql: string; params: (string | number)[] } {
  const where = whereClause(query);
  const columns = COLUMNS.split(', ').map((c) => `l.${c}`).join(', ');
  return {
    sql: `SELECT ${columns} FROM hub_audit_log l ${where.sql} ORDER BY l.seq ${query.newestFirst ? 'DESC' : 'ASC'} LIMIT ?`,
    params: [...where.params, query.limit],
  };
}

function buildRecord(keys: AuditKeys, seq: number, prevHash: string, entry: AuditEntry): AuditRecord {
  const normalised: AuditEntry = { ...entry, persons: [...new Set(entry.persons)].sort() };
  return { ...normalised, seq, prevHash, hash: recordHash(keys, prevHash, normalised) };
}

class SqliteAuditStore implements AuditStore {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly appendTx: (entry: AuditEntry) => AuditRecord;

  constructor(file: string, private readonly keys: AuditKeys) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    for (const statement of ddl('sqlite')) this.db.exec(statement);
    this.db.prepare('INSERT OR IGNORE INTO hub_audit_head (id, last_seq, last_hash) VALUES (1, 0, ?)').run(GENESIS_HASH);
    const head = this.db.prepare('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1');
    const insert = this.db.prepare(`INSERT INTO hub_audit_log (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`);
    const updateHead = this.db.prepare('UPDATE hub_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1');
    const indexPerson = this.db.prepare('INSERT OR IGNORE INTO hub_audit_person (person, seq) VALUES (?, ?)');
    const tx = this.db.transaction((entry: AuditEntry) => {
      const { last_seq, last_hash } = head.get() as { last_seq: number; last_hash: string };
      const record = buildRecord(this.keys, Number(last_seq) + 1, last_hash, entry);
      insert.run(...values(record));
      updateHead.run(record.seq, record.hash);
      for (const person of record.persons) indexPerson.run(person, record.seq);
      return record;
    });
    // IMMEDIATE takes the write lock before reading the head, so two processes cannot both append seq N.
    this.appendTx = (entry) => tx.immediate(entry);
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    return this.appendTx(entry);
  }

  private attachPersons(records: AuditRecord[]): AuditRecord[] {
    if (records.length === 0) return records;
    const seqs = records.map((r) => r.seq);
    const rows = this.db
      .prepare(`SELECT seq, person FROM hub_audit_person WHERE seq IN (${seqs.map(() => '?').join(', ')}) ORDER BY seq, person`)
      .all(...seqs) as { seq: number; person: string }[];
    return withPersons(records, rows);
  }

  async records(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    return this.attachPersons((this.db.prepare(`SELECT ${COLUMNS} FROM hub_audit_log WHERE seq > ? ORDER BY seq LIMIT ?`).all(afterSeq, limit) as Row[]).map(fromRow));
  }

  async seqOfHash(hash: string): Promise<number | null> {
    const row = this.db.prepare('SELECT seq FROM hub_audit_log WHERE hash = ? LIMIT 1').get(hash) as { seq: number } | undefined;
    return row ? Number(row.seq) : null;
  }

  async head(): Promise<{ lastSeq: number; lastHash: string }> {
    const row = this.db.prepare('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1').get() as { last_seq: number; last_hash: string };
    return { lastSeq: Number(row.last_seq), lastHash: row.last_hash };
  }

  async query(query: AuditQuery): Promise<AuditRecord[]> {
    const { sql, params } = querySql(query);
    return this.attachPersons((this.db.prepare(sql).all(...params) as Row[]).map(fromRow));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

class MysqlAuditStore implements AuditStore {
  readonly dialect = 'mysql' as const;
  constructor(private readonly pool: mysql.Pool, private readonly keys: AuditKeys) {}

  static async open(url: string, keys: AuditKeys): Promise<MysqlAuditStore> {
    const pool = mysql.createPool({ uri: url, connectionLimit: 4, charset: 'utf8mb4', supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
    try {
      for (const statement of ddl('mysql')) await pool.query(statement);
      await pool.query('INSERT IGNORE INTO hub_audit_head (id, last_seq, last_hash) VALUES (1, 0, ?)', [GENESIS_HASH]);
      await MysqlAuditStore.createTriggers(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new MysqlAuditStore(pool, keys);
  }

  private static async createTriggers(pool: mysql.Pool): Promise<void> {
    const [rows] = await pool.query(
      `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE EVENT_OBJECT_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'hub_audit_log'`,
    );
    const existing = new Set((rows as { name: string }[]).map((r) => r.name));
    for (const [name, event] of [
      ['hub_audit_log_no_update', 'UPDATE'],
      ['hub_audit_log_no_delete', 'DELETE'],
    ] as const) {
      if (existing.has(name)) continue;
      try {
        await pool.query(`CREATE TRIGGER ${name} BEFORE ${event} ON hub_audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only'`);
      } catch (error) {
        // Without the TRIGGER privilege the log is still tamper-evident through its chain.
        console.error(`audit: could not create trigger ${name} (${(error as { code?: string }).code ?? 'error'}); the hash chain still detects changes`);
      }
    }
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    const connection = await this.pool.getConnection();
    try {
      await connection.beginTransaction();
      const [heads] = await connection.query('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1 FOR UPDATE');
      const head = (heads as { last_seq: string; last_hash: string }[])[0]!;
      const record = buildRecord(this.keys, Number(head.last_seq) + 1, head.last_hash, entry);
      await connection.query(`INSERT INTO hub_audit_log (${COLUMNS}) VALUES (?)`, [values(record)]);
      await connection.query('UPDATE hub_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1', [record.seq, record.hash]);
      if (record.persons.length) {
        await connection.query('INSERT IGNORE INTO hub_audit_person (person, seq) VALUES ?', [record.persons.map((p) => [p, record.seq])]);
      }
      await connection.commit();
      return record;
    } catch (error) {
      await connection.rollback().catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  }

  private async attachPersons(records: AuditRecord[]): Promise<AuditRecord[]> {
    if (records.length === 0) return records;
    const seqs = records.map((r) => r.seq);
    const [rows] = await this.pool.query('SELECT seq, person FROM hub_audit_person WHERE seq IN (?) ORDER BY seq, person', [seqs]);
    return withPersons(records, rows as { seq: string; person: string }[]);
  }

  async records(afterSeq: number, limit: number): Promise<AuditRecord[]> {
    const [rows] = await this.pool.query(`SELECT ${COLUMNS} FROM hub_audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, [afterSeq, limit]);
    return this.attachPersons((rows as Row[]).map(fromRow));
  }

  async seqOfHash(hash: string): Promise<number | null> {
    const [rows] = await this.pool.query('SELECT seq FROM hub_audit_log WHERE hash = ? LIMIT 1', [hash]);
    const row = (rows as { seq: string }[])[0];
    return row ? Number(row.seq) : null;
  }

  async head(): Promise<{ lastSeq: number; lastHash: string }> {
    const [rows] = await this.pool.query('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1');
    const row = (rows as { last_seq: string; last_hash: string }[])[0]!;
    return { lastSeq: Number(row.last_seq), lastHash: row.last_hash };
  }

  async query(query: AuditQuery): Promise<AuditRecord[]> {
    const { sql, params } = querySql(query);
    const [rows] = await this.pool.query(sql, params);
    return this.attachPersons((rows as Row[]).map(fromRow));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export async function openAuditStore(location: DatabaseLocation, keys: AuditKeys): Promise<AuditStore> {
  return location.kind === 'sqlite' ? new SqliteAuditStore(location.file, keys) : MysqlAuditStore.open(location.url, keys);
}
