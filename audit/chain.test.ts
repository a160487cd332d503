import { describe, test } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { skipUnlessAvailable, TEST_DIALECTS } from '../test-support/legacy-db.js';
import { testEnv } from '../test-support/env.js';
import { tempDir } from '../test-support/access.js';
import { auditKeys, personHash, verifyChain, type AuditEntry } from './chain.js';
import { openAuditStore, type AuditStore } from './store.js';
import type { DatabaseLocation } from '../lib/database-location.js';

const KEYS = auditKeys(new TextEncoder().encode('k'.repeat(40)));

function entry(n: number): AuditEntry {
  return {
    at: new Date(Date.UTC(2024, 2, 1, 8, 0, n)).toISOString(),
    user: `u${n}`,
    role: 'analyst',
    scope: 'regions 610728',
    actor: null,
    client: null,
    operationName: `Op${n}`,
    documentHash: 'd'.repeat(64),
    persons: [personHash(KEYS, `61072819500101${String(n).padStart(3, '0')}X`), personHash(KEYS, '610728195001010018')],
    rowCount: n,
    outcome: 'ok',
    code: null,
  };
}

/** A throwaway store and raw SQL access to it, as someone with write access to the database would have. */
interface Fixture {
  store: AuditStore;
  location: DatabaseLocation;
  exec(sql: string, params?: unknown[]): Promise<void>;
  /** Drops the append-only triggers, as an attacker with DDL rights could. */
  dropTriggers(): Promise<void>;
  dispose(): Promise<void>;
}

async function fixture(dialect: 'sqlite' | 'mysql'): Promise<Fixture> {
  if (dialect === 'sqlite') {
    const tmp = tempDir('hub-audit-');
    const file = path.join(tmp.dir, 'hub_store.sqlite');
    const location: DatabaseLocation = { kind: 'sqlite', file };
    const store = await openAuditStore(location, KEYS);
    const raw = new Database(file);
    raw.pragma('busy_timeout = 5000');
    return {
      store,
      location,
      exec: async (sql, params = []) => void raw.prepare(sql).run(...(params as unknown[])),
      dropTriggers: async () => {
        raw.exec('DROP TRIGGER IF EXISTS hub_audit_log_no_update; DROP TRIGGER IF EXISTS hub_audit_log_no_delete;');
      },
      dispose: async () => {
        raw.close();
        await store.close();
        tmp.remove();
      },
    };
  }
  const name = `hub_test_audit_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  await admin.query(`USE ${name}`);
  const location: DatabaseLocation = { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}` };
  const store = await openAuditStore(location, KEYS);
  return {
    store,
    location,
    exec: async (sql, params = []) => void (await admin.query(sql, params)),
    dropTriggers: async () => {
      await admin.query('DROP TRIGGER IF EXISTS hub_audit_log_no_update');
      await admin.query('DROP TRIGGER IF EXISTS hub_audit_log_no_delete');
    },
    dispose: async () => {
      await store.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

async function withRecords(dialect: 'sqlite' | 'mysql', count: number, work: (f: Fixture) => Promise<void>): Promise<void> {
  const f = await fixture(dialect);
  try {
    for (let n = 1; n <= count; n++) await f.store.append(entry(n));
    await f.store.flushIndex();
    await work(f);
  } finally {
    await f.dispose();
  }
}

/** Renumbers a record, its person rows along with it, as a careful editor would. */
async function move(f: Fixture, from: number, to: number): Promise<void> {
  await f.exec('UPDATE hub_audit_log SET seq = ? WHERE seq = ?', [to, from]);
  await f.exec('UPDATE hub_audit_person SET seq = ? WHERE seq = ?', [to, from]);
}

/** Exchanges the positions of two records: what a reordering amounts to. */
async function swap(f: Fixture, a: number, b: number): Promise<void> {
  await move(f, a, -1);
  await move(f, b, a);
  await move(f, -1, b);
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the audit chain on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    test('verifies after a normal run, with every record and its persons read back', async () => {
      await withRecords(dialect, 6, async ({ store }) => {
        assert.deepEqual(await verifyChain(store, KEYS), { ok: true, records: 6, lastSeq: 6 });
        const [third] = await store.query({ afterSeq: 2, limit: 1 });
        assert.equal(third?.operationName, 'Op3');
        assert.deepEqual(third?.persons, [...entry(3).persons].sort());
      });
    });

    test('refuses UPDATE and DELETE on the log itself', async () => {
      await withRecords(dialect, 2, async (f) => {
        await assert.rejects(f.exec("UPDATE hub_audit_log SET user_id = 'x' WHERE seq = 1"), /append-only/);
        await assert.rejects(f.exec('DELETE FROM hub_audit_log WHERE seq = 1'), /append-only/);
      });
    });

    test('fails at the record that was edited, naming it', async () => {
      await withRecords(dialect, 6, async (f) => {
        await f.dropTriggers();
        await f.exec("UPDATE hub_audit_log SET user_id = 'someone-else' WHERE seq = 3");
        const result = await verifyChain(f.store, KEYS);
        assert.equal(result.ok, false);
        assert.deepEqual([result.failure?.seq, result.failure?.problem], [3, 'edited']);
        assert.match(result.failure!.message, /record 3 was edited/);
      });
    });

    test('fails at an edit even when the editor recomputed a plain hash, for want of the key', async () => {
      await withRecords(dialect, 4, async (f) => {
        await f.dropTriggers();
        await f.exec("UPDATE hub_audit_log SET row_count = 999, hash = ? WHERE seq = 2", ['e'.repeat(64)]);
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 2, 'edited']);
      });
    });

    test('fails at the record that was removed', async () => {
      await withRecords(dialect, 6, async (f) => {
        await f.dropTriggers();
        await f.exec('DELETE FROM hub_audit_log WHERE seq = 4');
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 4, 'deleted']);
      });
    });

    test('fails when the last record was removed', async () => {
      await withRecords(dialect, 6, async (f) => {
        await f.dropTriggers();
        await f.exec('DELETE FROM hub_audit_log WHERE seq = 6');
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 6, 'deleted']);
      });
    });

    test('fails at a removed record even when the later ones were renumbered to close the gap', async () => {
      await withRecords(dialect, 5, async (f) => {
        await f.dropTriggers();
        await f.exec('DELETE FROM hub_audit_log WHERE seq = 2');
        await f.exec('DELETE FROM hub_audit_person WHERE seq = 2');
        for (const seq of [3, 4, 5]) await move(f, seq, seq - 1);
        await f.exec('UPDATE hub_audit_head SET last_seq = 4');
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 2, 'deleted']);
      });
    });

    test('fails at the first of two records that were swapped', async () => {
      await withRecords(dialect, 6, async (f) => {
        await f.dropTriggers();
        await swap(f, 4, 5);
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 4, 'reordered']);
      });
    });

    test("fails at a record one of whose persons was removed from the persons' index", async () => {
      await withRecords(dialect, 3, async (f) => {
        // Records 1-3 share block 0: the row of a person only record 2 names.
        await f.exec('DELETE FROM hub_audit_person_block WHERE block = 0 AND person = ?', [entry(2).persons[0]]);
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 2, 'edited']);
      });
    });

    test('records naming the same persons in another order, twice over, or in a list changed after its append keep their own persons', async () => {
      const f = await fixture(dialect);
      try {
        const [a, b, c] = ['001', '002', '003'].map((n) => personHash(KEYS, `61072819500101${n}X`)) as [string, string, string];
        const list = [b, a];
        await f.store.append({ ...entry(1), persons: list });
        list.push(c);
        await f.store.append({ ...entry(2), persons: list });
        await f.store.append({ ...entry(3), persons: [a, b, a] });
        await f.store.append({ ...entry(4), persons: [c, b, a] });
        const records = await f.store.query({ limit: 10 });
        assert.deepEqual(records.map((r) => r.persons), [[a, b].sort(), [a, b, c].sort(), [a, b].sort(), [a, b, c].sort()]);
        assert.deepEqual((await f.store.query({ person: c, limit: 10 })).map((r) => r.seq), [2, 4]);
        assert.deepEqual(await verifyChain(f.store, KEYS), { ok: true, records: 4, lastSeq: 4 });
      } finally {
        await f.dispose();
      }
    });

    test('two writers appending at once still make one unbroken chain', async () => {
      const f = await fixture(dialect);
      // Two store objects on one database stand for two gateway processes.
      const second = await openAuditStore(f.location, KEYS);
      try {
        await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? second : f.store).append(entry(i + 1))));
        const result = await verifyChain(f.store, KEYS);
        assert.deepEqual(result, { ok: true, records: 40, lastSeq: 40 });
      } finally {
        await second.close();
        await f.dispose();
      }
    });
  });
}
