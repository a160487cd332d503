/**
 * Where the generated rows go: one SQLite file or one MariaDB/MySQL database per department,
 * each created from the departments' own DDL.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import { trimLegacyText } from '../lib/text.js';
import { departmentDdl, LEGACY_TABLES, tablesOf, type LegacyTableName, type NewLegacyTableRow } from '../adapters/legacy-tables.js';
import type { RowSink } from './rows.js';

export interface DepartmentWriter {
  insert(table: LegacyTableName, values: unknown[]): void;
  drain(): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** Fans rows out to the writer of the table's department; departments without one are skipped. */
export class DepartmentSink implements RowSink {
  constructor(private readonly writers: Partial<Record<Department, DepartmentWriter>>) {}

  row<T extends LegacyTableName>(table: T, row: NewLegacyTableRow<T>): void {
    const info = LEGACY_TABLES[table];
    const writer = this.writers[info.department];
    if (!writer) return;
    const record = row as Record<string, unknown>;
    writer.insert(table, info.writtenColumns.map((c) => record[c]));
  }

  async drain(): Promise<void> {
    for (const w of Object.values(this.writers)) await w.drain();
  }

  async finish(): Promise<void> {
    for (const w of Object.values(this.writers)) await w.finish();
  }

  async abort(): Promise<void> {
    for (const w of Object.values(this.writers)) await w.abort().catch(() => undefined);
  }
}

/** Rows to several sinks (the database writer and the reference evaluator's collector). */
export function teeSink(...sinks: (RowSink | null)[]): RowSink {
  const live = sinks.filter((s): s is RowSink => s !== null);
  return {
    row(table, row) {
      for (const s of live) s.row(table, row);
    },
    lineIntent(mxid, intended) {
      for (const s of live) s.lineIntent?.(mxid, intended);
    },
    async drain() {
      for (const s of live) await s.drain?.();
    },
  };
}

function insertSql(table: LegacyTableName): string {
  const columns = LEGACY_TABLES[table].writtenColumns;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
}


// ---- SQLite ----------------------------------------------------------------------------------

/**
 * Writes into `<file>.partial-<pid>` and renames it into place only when complete, so a crash
 * never leaves a half-written department behind. Indexes are built after the data (faster),
 * everything in one transaction with no journal: a failed file is simply deleted.
 */
export class SqliteDepartmentWriter implements DepartmentWriter {
  readonly partial: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<LegacyTableName, Database.Statement>();
  private readonly indexes: string[];

  constructor(
    department: Department,
    readonly file: string,
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.partial = `${file}.partial-${process.pid}`;
    fs.rmSync(this.partial, { force: true });
    this.db = new Database(this.partial);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -16384');
    const { tables, indexes } = departmentDdl(department, 'sqlite');
    for (const sql of tables) this.db.exec(sql);
    this.indexes = indexes;
    for (const table of tablesOf(department)) {
      const marks = table.writtenColumns.map(() => '?').join(', ');
      this.statements.set(table.name, this.db.prepare(`${insertSql(table.name)}(${marks})`));
    }
    this.db.exec('BEGIN');
  }

  insert(table: LegacyTableName, values: unknown[]): void {
    this.statements.get(table)!.run(values);
  }

  async drain(): Promise<void> {}

  /** Commits and closes; the caller renames (so several departments can be swapped in together). */
  async finish(): Promise<void> {
    for (const sql of this.indexes) this.db.exec(sql);
    this.db.exec('COMMIT');
    this.db.close();
  }

  commitRename(): void {
    fs.renameSync(this.partial, this.file);
  }

  async abort(): Promise<void> {
    if (this.db.open) this.db.close();
    fs.rmSync(this.partial, { force: true });
  }
}

// ---- MariaDB / MySQL ----------------------------------------------------------------------------

const ROWS_PER_INSERT = 1000;
const INSERTS_PER_COMMIT = 50;
const MAX_PENDING = 6;

/**
 * Multi-row INSERTs of 1,000 rows, sent without waiting so the server works while the generator
 * produces the next rows; `drain` bounds the queue so memory stays flat.
 */
export class MysqlDepartmentWriter implements DepartmentWriter {
  private readonly buffers = new Map<LegacyTableName, unknown[][]>();
  private readonly pending: Promise<void>[] = [];
  private sinceCommit = 0;
  private failure: unknown = null;

  private constructor(
    private readonly connection: mysql.Connection,
    private readonly indexes: string[],
    private readonly idColumns: Map<LegacyTableName, number[]>,
  ) {}

  static async open(serverUrl: string, database: string, department: Department): Promise<MysqlDepartmentWriter> {
    checkDatabaseName(database);
    const connection = await mysql.createConnection({ uri: serverUrl, charset: 'utf8mb4', connectTimeout: 5000 });
    try {
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
      await connection.query(`USE \`${database}\``);
      const { tables, indexes } = departmentDdl(department, 'mysql');
      for (const sql of tables) await connection.query(sql);
      await connection.query('SET SESSION unique_checks = 0');
      await connection.query('SET SESSION autocommit = 0');
      const idColumns = new Map<LegacyTableName, number[]>();
      for (const table of tablesOf(department)) {
        const written: readonly string[] = table.writtenColumns;
        idColumns.set(table.name, table.idColumns.map((c) => written.indexOf(c)));
      }
      return new MysqlDepartmentWriter(connection, indexes, idColumns);
    } catch (error) {
      connection.destroy();
      throw error;
    }
  }

  insert(table: LegacyTableName, values: unknown[]): void {
    // A CHAR(18) column cannot hold a padded 18-character ID (strict mode rejects it): on
    // MariaDB only the lower-case x survives as the dirty spelling.
    for (const i of this.idColumns.get(table)!) {
      const v = values[i];
      if (typeof v === 'string') values[i] = trimLegacyText(v);
    }
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(values);
    if (buffer.length >= ROWS_PER_INSERT) this.flush(table);
  }

  private flush(table: LegacyTableName): void {
    const rows = this.buffers.get(table);
    if (!rows || rows.length === 0) return;
    this.buffers.set(table, []);
    this.send(insertSql(table) + rows.map((r) => `(${r.map(sqlLiteral).join(',')})`).join(','));
    if (++this.sinceCommit >= INSERTS_PER_COMMIT) {
      this.sinceCommit = 0;
      this.send('COMMIT');
    }
  }

  private send(sql: string): void {
    this.pending.push(
      this.connection.query(sql).then(
        () => undefined,
        (error: unknown) => {
          this.failure ??= error;
        },
      ),
    );
  }

  async drain(): Promise<void> {
    while (this.pending.length > MAX_PENDING) await this.pending.shift();
    if (this.failure) throw this.failure;
  }

  async finish(): Promise<void> {
    for (const table of this.buffers.keys()) this.flush(table);
    this.send('COMMIT');
    await Promise.all(this.pending.splice(0));
    if (this.failure) throw this.failure;
    await this.connection.query('SET SESSION autocommit = 1');
    for (const sql of this.indexes) await this.connection.query(sql);
    await this.connection.end();
  }

  async abort(): Promise<void> {
    this.connection.destroy();
  }
}

const SQL_SPECIAL = /[\0\n\r\b\t\\'"\x1a]/;
const SQL_ESCAPES: Record<string, string> = { '\0': '\\0', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\t': '\\t', '\\': '\\\\', "'": "\\'", '"': '\\"', '\x1a': '\\Z' };

/**
 * The generator only produces text, safe integers and NULL, so a literal is quick to spell; the
 * driver's general-purpose formatter cost more CPU than the server's inserts.
 */
function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
    return String(value);
  }
  const text = String(value);
  return SQL_SPECIAL.test(text) ? `'${text.replace(new RegExp(SQL_SPECIAL.source, 'g'), (c) => SQL_ESCAPES[c]!)}'` : `'${text}'`;
}

export function checkDatabaseName(name: string): void {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name)) {
    throw new RangeError(`database name must be 1-64 letters, digits or underscores: ${JSON.stringify(name)}`);
  }
}

/** Drops the given databases (tests clean up their throwaway ones with this). */
export async function dropDatabases(serverUrl: string, names: string[]): Promise<void> {
  const connection = await mysql.createConnection({ uri: serverUrl, connectTimeout: 5000 });
  try {
    for (const name of names) {
      checkDatabaseName(name);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    }
  } finally {
    await connection.end();
  }
}

export function sqliteFileOf(dir: string, department: Department): string {
  return path.join(dir, `${DEPARTMENT_INFO[department].defaultDatabase}.sqlite`);
}
