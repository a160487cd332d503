/**
 * The audit log on MySQL/MariaDB (HUB_STORE_URL). Appends lock the head row (SELECT ... FOR
 * UPDATE), so several gateway processes write one unbroken chain, and a record is committed
 * (InnoDB flushes its log on commit) before the gateway answers. Triggers refuse UPDATE and DELETE
 * on the log where the account may create them; the chain catches whoever gets around them.
 */
import mysql from 'mysql2/promise';
import { GENESIS_HASH, type AuditRecord } from './chain.js';
import { addPersonsColumn, COLUMNS, ddl, epochLists, epochOf, initialRows, namesPerson, personMatch, personsFromText, values, type Row, type StoredPersons } from './log-table.js';
import type { IndexedRecord, IndexRows } from './person-index.js';
import type { AuditLogDriver } from './store.js';

const INSERT_RECORD = `INSERT INTO hub_audit_log (${COLUMNS}) VALUES (${COLUMNS.split(', ').map(() => '?').join(', ')})`;

/** Index rows per INSERT statement: well inside max_allowed_packet. */
const ROWS_PER_INSERT = 5000;

export class MysqlAuditLog implements AuditLogDriver {
  readonly dialect = 'mysql' as const;
  private constructor(private readonly pool: mysql.Pool) {}

  static async open(url: string): Promise<MysqlAuditLog> {
    const pool = mysql.createPool({ uri: url, connectionLimit: 4, charset: 'utf8mb4', supportBigNumbers: true, bigNumberStrings: true, dateStrings: true });
    try {
      for (const statement of ddl('mysql')) await pool.query(statement);
      const [columns] = await pool.query(
        `SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hub_audit_log' AND COLUMN_NAME = 'persons'`,
      );
      if ((columns as unknown[]).length === 0) await pool.query(addPersonsColumn('mysql'));
      for (const { sql, params } of initialRows('mysql', GENESIS_HASH)) await pool.query(sql, params);
      await MysqlAuditLog.createTriggers(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new MysqlAuditLog(pool);
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

  private async transaction<T>(work: (connection: mysql.PoolConnection) => Promise<T>): Promise<T> {
    const connection = await this.pool.getConnection();
    try {
      await connection.beginTransaction();
      const result = await work(connection);
      await connection.commit();
      return result;
    } catch (error) {
      await connection.rollback().catch(() => {});
      throw error;
    } finally {
      connection.release();
    }
  }

  append(build: (seq: number, prevHash: string) => AuditRecord, persons: StoredPersons): Promise<AuditRecord> {
    return this.transaction(async (connection) => {
      const [heads] = await connection.query('SELECT last_seq, last_hash FROM hub_audit_head WHERE id = 1 FOR UPDATE');
      const head = (heads as { last_seq: string; last_hash: string }[])[0]!;
      const record = build(Number(head.last_seq) + 1, head.last_hash);
      // A prepared statement: the persons' text (up to a few hundred KB) travels as a parameter,
      // neither escaped into the SQL here nor parsed out of it by the server.
      await connection.execute(INSERT_RECORD, values(record, persons));
      await connection.query('UPDATE hub_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1', [record.seq, record.hash]);
      return record;
    });
  }

  async select(sql: string, params: (string | number)[]): Promise<Row[]> {
    const [rows] = await this.pool.query(sql, params);
    return rows as Row[];
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

  async indexedThrough(): Promise<number> {
    const [rows] = await this.pool.query('SELECT indexed_seq FROM hub_audit_index_head WHERE id = 1');
    return Number((rows as { indexed_seq: string }[])[0]!.indexed_seq);
  }

  async indexRows(fromSeq: number, toSeq: number): Promise<{ seq: string; person: string }[]> {
    const [rows] = await this.pool.query('SELECT seq, person FROM hub_audit_person WHERE seq BETWEEN ? AND ? ORDER BY seq, person', [fromSeq, toSeq]);
    return rows as { seq: string; person: string }[];
  }

  async legacySeqsOfPerson(person: string, afterSeq: number, beforeSeq: number): Promise<number[]> {
    const [rows] = await this.pool.query('SELECT seq FROM hub_audit_person WHERE person = ? AND seq > ? AND seq < ?', [person, afterSeq, beforeSeq]);
    return (rows as { seq: string }[]).map((r) => Number(r.seq));
  }

  async blocksOfPerson(person: string, fromBlock: number, toBlock: number): Promise<number[]> {
    const blocks: number[] = [];
    for (const epochs of epochLists(fromBlock, toBlock)) {
      const [rows] = await this.pool.query('SELECT block FROM hub_audit_person_block WHERE epoch IN (?) AND person = ? AND block BETWEEN ? AND ?', [epochs, person, fromBlock, toBlock]);
      for (const row of rows as { block: string }[]) blocks.push(Number(row.block));
    }
    return blocks;
  }

  async seqsNaming(person: string, fromSeq: number, toSeq: number): Promise<number[]> {
    const [rows] = await this.pool.query(`SELECT seq FROM hub_audit_log l WHERE seq BETWEEN ? AND ? AND l.persons IS NOT NULL AND ${namesPerson('mysql')}`, [
      fromSeq,
      toSeq,
      personMatch(person),
    ]);
    return (rows as { seq: string }[]).map((r) => Number(r.seq));
  }

  async personsAfter(afterSeq: number, limit: number): Promise<IndexedRecord[]> {
    const [rows] = await this.pool.query('SELECT seq, persons FROM hub_audit_log WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit]);
    return (rows as { seq: string; persons: string | null }[]).map((row) => ({ seq: Number(row.seq), persons: personsFromText(row.persons) }));
  }

  async writeIndex({ persons, blocks }: IndexRows, raiseTo: number | null): Promise<void> {
    await this.transaction(async (connection) => {
      for (let i = 0; i < persons.length; i += ROWS_PER_INSERT) {
        const rows = persons.slice(i, i + ROWS_PER_INSERT).map((person, k) => [epochOf(blocks[i + k]!), person, blocks[i + k]!]);
        await connection.query('INSERT IGNORE INTO hub_audit_person_block (epoch, person, block) VALUES ?', [rows]);
      }
      if (raiseTo !== null) await connection.query('UPDATE hub_audit_index_head SET indexed_seq = ? WHERE id = 1 AND indexed_seq < ?', [raiseTo, raiseTo]);
    });
  }

  async indexedPairs(fromSeq: number, toSeq: number, persons: readonly string[]): Promise<{ seq: string; person: string }[]> {
    if (persons.length === 0) return [];
    const [rows] = await this.pool.query('SELECT seq, person FROM hub_audit_person WHERE person IN (?) AND seq BETWEEN ? AND ?', [persons, fromSeq, toSeq]);
    return rows as { seq: string; person: string }[];
  }

  async indexedBlocks(fromBlock: number, toBlock: number, persons: readonly string[]): Promise<{ block: string; person: string }[]> {
    if (persons.length === 0) return [];
    const found: { block: string; person: string }[] = [];
    for (const epochs of epochLists(fromBlock, toBlock)) {
      const [rows] = await this.pool.query('SELECT block, person FROM hub_audit_person_block WHERE epoch IN (?) AND person IN (?) AND block BETWEEN ? AND ?', [
        epochs,
        persons,
        fromBlock,
        toBlock,
      ]);
      found.push(...(rows as { block: string; person: string }[]));
    }
    return found;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
