/**
 * Throwaway legacy databases for tests: the same cases run against MariaDB and the embedded
 * SQLite, as the departments' data may live in either.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { departmentDdl, type LegacyTableName, type LegacyTableRow } from '../adapters/legacy-tables.js';
import type { Department } from '../lib/departments.js';
import { testEnv } from './env.js';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';

/**
 * A fixture row of table `T`: any of its columns (a misspelt one does not compile), with the
 * values its layout admits, dirty ones included (padded text, NULL).
 */
export type LegacyRow<T extends LegacyTableName> = Partial<LegacyTableRow<T>>;

export interface LegacyTestDatabase {
  dialect: Dialect;
  location: DatabaseLocation;
  insert<T extends LegacyTableName>(table: T, rows: ReadonlyArray<LegacyRow<T>>): Promise<void>;
  drop(): Promise<void>;
}

function insertStatement(table: LegacyTableName, row: Record<string, unknown>): { sql: string; values: unknown[] } {
  const columns = Object.keys(row);
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    values: columns.map((c) => row[c]),
  };
}

export type MariaDbStatus = { reachable: true } | { reachable: false; reason: string };

async function probeMariaDb(): Promise<MariaDbStatus> {
  try {
    const connection = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl, connectTimeout: 3000 });
    await connection.end();
    return { reachable: true };
  } catch (error) {
    const reason = `MariaDB not reachable at ${testEnv.mariaDbServerUrl} (${(error as { code?: string }).code ?? String(error)})`;
    // CI promises a MariaDB; a test that silently skipped there would hide a broken adapter.
    if (testEnv.inCI) throw new Error(`${reason}; CI requires it`);
    return { reachable: false, reason };
  }
}

export const mariaDb: MariaDbStatus = await probeMariaDb();

/** `skip` option for the suites: false on SQLite, the reason on an unreachable MariaDB outside CI. */
export function skipUnlessAvailable(dialect: Dialect): false | string {
  if (dialect === 'sqlite' || mariaDb.reachable) return false;
  return `${mariaDb.reason}: skipped outside CI`;
}

export const TEST_DIALECTS: Dialect[] = ['sqlite', 'mysql'];

export async function createLegacyTestDatabase(dialect: Dialect, department: Department): Promise<LegacyTestDatabase> {
  const { tables, indexes } = departmentDdl(department, dialect);
  const ddl = [...tables, ...indexes];
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-legacy-'));
    const file = path.join(dir, `${department.toLowerCase()}.sqlite`);
    const db = new Database(file);
    for (const statement of ddl) db.exec(statement);
    db.close();
    return {
      dialect,
      location: { kind: 'sqlite', file },
      async insert(table, rows) {
        const writer = new Database(file);
        try {
          for (const row of rows) {
            const { sql, values } = insertStatement(table, row);
            writer.prepare(sql).run(...values);
          }
        } finally {
          writer.close();
        }
      },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `hub_test_${department.toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl, multipleStatements: false });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
  await admin.query(`USE ${name}`);
  for (const statement of ddl) await admin.query(statement);
  return {
    dialect,
    location: { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}` },
    async insert(table, rows) {
      for (const row of rows) {
        const { sql, values } = insertStatement(table, row);
        await admin.query(sql, values);
      }
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
