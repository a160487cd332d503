/**
 * A throwaway hub store for tests: a SQLite file in a temporary directory, or a fresh database on
 * the test MariaDB. The store creates its own tables on open; `drop` removes the whole database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { testEnv } from './env.js';

export interface ThrowawayStore {
  location: DatabaseLocation;
  drop(): Promise<void>;
}

/** `name` tells the databases of concurrent suites apart (letters and underscores). */
export async function throwawayStore(dialect: Dialect, name: string): Promise<ThrowawayStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), `hub-${name}-`));
    // A directory that does not exist yet: opening the store must create it.
    return { location: { kind: 'sqlite', file: path.join(dir, 'nested', 'hub_store.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const database = `hub_test_${name}_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  await admin.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`);
  return {
    location: { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${database}` },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.end();
    },
  };
}
