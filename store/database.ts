/**
 * The hub's own database (not a department's): SQLite in the data directory by default, MariaDB
 * or MySQL in production (HUB_STORE_URL). The hub owns this schema, so it creates its tables.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type EntitySchema } from 'typeorm';
import type { DatabaseLocation, Dialect } from '../lib/database-location.js';
import { WRITE_LOCK_TABLE_DDL } from './transactions.js';

export interface OpenedStore {
  dataSource: DataSource;
  dialect: Dialect;
}

export async function openStoreDatabase(
  location: DatabaseLocation,
  entities: EntitySchema<any>[],
  ddl: (dialect: Dialect) => string[],
): Promise<OpenedStore> {
  let dataSource: DataSource;
  if (location.kind === 'sqlite') {
    mkdirSync(path.dirname(location.file), { recursive: true });
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: location.file,
      entities,
      synchronize: false,
      // WAL lets progress and findings be read while a run writes its next chunk.
      enableWAL: true,
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
      },
    });
  } else {
    dataSource = new DataSource({
      type: 'mysql',
      url: location.url,
      entities,
      synchronize: false,
      // DECIMAL/BIGINT aggregates arrive as text so sums of fen stay exact.
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
      charset: 'utf8mb4',
      connectTimeout: 5000,
      extra: { connectionLimit: 8 },
    });
  }
  await dataSource.initialize();
  try {
    if (location.kind === 'sqlite') await dataSource.query(WRITE_LOCK_TABLE_DDL);
    for (const statement of ddl(location.kind)) await dataSource.query(statement);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, dialect: location.kind };
}
