/**
 * The hub store's SQLite file is shared: the gateway appends audit records to it, other processes
 * commit their own work. A store transaction that read and then wrote used to fail at once with
 * "database is locked" when another connection committed in between.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, test } from '@jest/globals';
import Database from 'better-sqlite3';
import assert from '../test-support/assert.js';
import { openStoreDatabase } from './database.js';
import { StoreTransactions } from './transactions.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hub-store-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DDL = () => ['CREATE TABLE IF NOT EXISTS tally (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL)'];

describe('a store transaction on SQLite', () => {
  test('holds the write lock from its start, so another connection cannot commit between its read and its write', async () => {
    const file = path.join(scratch, 'read-then-write.sqlite');
    const { dataSource } = await openStoreDatabase({ kind: 'sqlite', file }, [], DDL);
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    try {
      const transactions = new StoreTransactions(dataSource, 'sqlite');
      let otherWrite: string | null = null;
      await transactions.run(async (manager) => {
        await manager.query('SELECT COUNT(*) AS n FROM tally');
        try {
          other.prepare("INSERT INTO tally (what) VALUES ('other')").run();
          otherWrite = 'committed';
        } catch (error) {
          otherWrite = (error as { code?: string }).code ?? 'failed';
        }
        await manager.query("INSERT INTO tally (what) VALUES ('mine')");
      });
      assert.equal(otherWrite, 'SQLITE_BUSY');
      // Once the transaction has committed, the other connection writes as usual.
      other.prepare("INSERT INTO tally (what) VALUES ('other')").run();
      const rows = other.prepare('SELECT what FROM tally ORDER BY id').all() as { what: string }[];
      assert.deepEqual(rows.map((r) => r.what), ['mine', 'other']);
    } finally {
      other.close();
      await dataSource.destroy();
    }
  });
});
