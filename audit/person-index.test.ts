import { describe, test } from '@jest/globals';
import { describeOrSkip } from '../test-support/skip.js';
import assert from '../test-support/assert.js';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { skipUnlessAvailable, TEST_DIALECTS } from '../test-support/legacy-db.js';
import { testEnv } from '../test-support/env.js';
import { tempDir } from '../test-support/access.js';
import { validIdNumber } from '../test-support/id-numbers.js';
import { recordThenCrash } from '../test-support/audit-crash.js';
import { auditKeys, GENESIS_HASH, personHash, recordHash, verifyChain, type AuditEntry } from './chain.js';
import { openAuditStore, type AuditStore, type AuditStoreOptions } from './store.js';
import type { DatabaseLocation } from '../lib/database-location.js';

const SECRET = new TextEncoder().encode('p'.repeat(40));
const KEYS = auditKeys(SECRET);
const LOOKED_AT = validIdNumber('610728', '19500101', '018');

function entry(n: number, persons: string[] = [personHash(KEYS, validIdNumber('610728', '19600101', String(n).padStart(3, '0'))), personHash(KEYS, LOOKED_AT)]): AuditEntry {
  return {
    at: new Date(Date.UTC(2024, 2, 1, 8, 0, n)).toISOString(),
    user: `u${n}`,
    role: 'analyst',
    scope: 'regions 610728',
    actor: null,
    client: null,
    operationName: `Op${n}`,
    documentHash: 'd'.repeat(64),
    persons,
    rowCount: 1,
    outcome: 'ok',
    code: null,
  };
}

/** A throwaway store location with raw SQL on it, as someone with write access to the database would have. */
interface Place {
  location: DatabaseLocation;
  open(options?: AuditStoreOptions): Promise<AuditStore>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string, params?: unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

async function place(dialect: 'sqlite' | 'mysql'): Promise<Place> {
  const opened: AuditStore[] = [];
  const open = async (location: DatabaseLocation, options?: AuditStoreOptions) => {
    const store = await openAuditStore(location, KEYS, options);
    opened.push(store);
    return store;
  };
  const closeAll = () => Promise.all(opened.map((s) => s.close().catch(() => {})));
  if (dialect === 'sqlite') {
    const tmp = tempDir('hub-audit-index-');
    const location: DatabaseLocation = { kind: 'sqlite', file: path.join(tmp.dir, 'hub_store.sqlite') };
    const raw = () => {
      const db = new Database(location.file);
      db.pragma('busy_timeout = 5000');
      return db;
    };
    return {
      location,
      open: (options) => open(location, options),
      rows: async <T>(sql: string, params: unknown[] = []) => {
        const db = raw();
        try {
          return db.prepare(sql).all(...params) as T[];
        } finally {
          db.close();
        }
      },
      exec: async (sql, params = []) => {
        const db = raw();
        try {
          if (params.length) db.prepare(sql).run(...params);
          else db.exec(sql);
        } finally {
          db.close();
        }
      },
      dispose: async () => {
        await closeAll();
        tmp.remove();
      },
    };
  }
  const name = `hub_test_audit_index_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  await admin.query(`USE ${name}`);
  const location: DatabaseLocation = { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}` };
  return {
    location,
    open: (options) => open(location, options),
    rows: async <T>(sql: string, params: unknown[] = []) => (await admin.query(sql, params))[0] as T[],
    exec: async (sql, params = []) => void (await admin.query(sql, params)),
    dispose: async () => {
      await closeAll();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

async function indexState(p: Place): Promise<{ watermark: number; rows: number }> {
  const [head] = await p.rows<{ indexed_seq: number | string }>('SELECT indexed_seq FROM hub_audit_index_head WHERE id = 1');
  const [count] = await p.rows<{ n: number | string }>('SELECT COUNT(*) AS n FROM hub_audit_person_block');
  return { watermark: Number(head!.indexed_seq), rows: Number(count!.n) };
}

/** The blocks the index lists this person under. */
async function blockRows(p: Place, person: string): Promise<number[]> {
  return (await p.rows<{ block: number | string }>('SELECT block FROM hub_audit_person_block WHERE person = ? ORDER BY block', [person])).map((r) => Number(r.block));
}

const NEVER = { batchRecords: 1e9, flushMs: 1e9 };

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the persons' index of the audit log on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    test('a request waits only for its one record; the index rows follow in a batch, at the latest on close', async () => {
      const p = await place(dialect);
      try {
        const store = await p.open({ index: NEVER });
        for (let n = 1; n <= 3; n++) await store.append(entry(n));
        assert.deepEqual(await indexState(p), { watermark: 0, rows: 0 });
        const [record] = await p.rows<{ person_count: number | string; persons: string }>('SELECT person_count, persons FROM hub_audit_log WHERE seq = 2');
        assert.equal(Number(record!.person_count), 2);
        assert.deepEqual(record!.persons.split(','), [...entry(2).persons].sort());
        await store.close();
        // One row per person and block: the person all three records name gives one.
        assert.deepEqual(await indexState(p), { watermark: 3, rows: 4 });
      } finally {
        await p.dispose();
      }
    });

    test('after a crash between answer and index write, verify passes and who finds the person, before and after the index catches up', async () => {
      const p = await place(dialect);
      try {
        const answered = await recordThenCrash({ location: p.location, secret: SECRET, user: 'u-crash', idNumber: LOOKED_AT, requests: 3 });
        assert.deepEqual(answered, [1, 2, 3]);
        assert.deepEqual(await indexState(p), { watermark: 0, rows: 0 }, 'the process died before writing any index row');

        const reader = await p.open({ catchUpOnOpen: false });
        assert.deepEqual(await verifyChain(reader, KEYS), { ok: true, records: 3, lastSeq: 3 });
        const found = await reader.query({ person: personHash(KEYS, LOOKED_AT), limit: 10 });
        assert.deepEqual(found.map((r) => [r.seq, r.user]), [[1, 'u-crash'], [2, 'u-crash'], [3, 'u-crash']]);
        await reader.close();
        assert.deepEqual(await indexState(p), { watermark: 0, rows: 0 }, 'a reader changes nothing');

        const writer = await p.open();
        await writer.flushIndex();
        assert.deepEqual(await indexState(p), { watermark: 3, rows: 1 });
        assert.deepEqual(await blockRows(p, personHash(KEYS, LOOKED_AT)), [0]);
        assert.deepEqual(await verifyChain(writer, KEYS), { ok: true, records: 3, lastSeq: 3 });
        assert.deepEqual((await writer.query({ person: personHash(KEYS, LOOKED_AT), limit: 10, newestFirst: true })).map((r) => r.seq), [3, 2, 1]);
      } finally {
        await p.dispose();
      }
    });

    test('records appended by two processes in turn are each indexed once both have flushed', async () => {
      const p = await place(dialect);
      try {
        // Two store objects on one database stand for two gateway processes; each batch of theirs has gaps.
        const first = await p.open({ index: { batchRecords: 2, flushMs: 1e9 } });
        const second = await p.open({ index: { batchRecords: 3, flushMs: 1e9 } });
        for (let n = 1; n <= 12; n++) await (n % 2 ? first : second).append(entry(n));
        await first.flushIndex();
        await second.flushIndex();
        assert.deepEqual(await indexState(p), { watermark: 12, rows: 13 });
        assert.deepEqual(await verifyChain(first, KEYS), { ok: true, records: 12, lastSeq: 12 });
        assert.equal((await second.query({ person: personHash(KEYS, LOOKED_AT), limit: 100 })).length, 12);
      } finally {
        await p.dispose();
      }
    });

    test("fails at a record whose persons were edited in the record itself", async () => {
      const p = await place(dialect);
      try {
        const store = await p.open();
        for (let n = 1; n <= 4; n++) await store.append(entry(n));
        await store.flushIndex();
        await p.exec('DROP TRIGGER IF EXISTS hub_audit_log_no_update');
        await p.exec('UPDATE hub_audit_log SET persons = ? WHERE seq = 3', [entry(3).persons.sort()[0]]);
        const result = await verifyChain(store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 3, 'edited']);
      } finally {
        await p.dispose();
      }
    });

    test('a person asked in many records in a row is found in every one of them, from one index row per block', async () => {
      const p = await place(dialect);
      try {
        const store = await p.open({ index: NEVER });
        const other = (n: number) => personHash(KEYS, validIdNumber('610728', '19600101', String(n).padStart(3, '0')));
        const chunk = [personHash(KEYS, LOOKED_AT), ...Array.from({ length: 20 }, (_, i) => other(500 + i))];
        // Records 55-70 name the same chunk (in another order each time), across blocks 0 and 1 of 64 records.
        for (let n = 1; n <= 75; n++) await store.append(entry(n, n >= 55 && n <= 70 ? (n % 2 ? [...chunk].reverse() : chunk) : [other(n)]));
        const asked = Array.from({ length: 16 }, (_, i) => 55 + i);
        const who = (query: Partial<Parameters<AuditStore['query']>[0]> = {}) =>
          store.query({ person: personHash(KEYS, LOOKED_AT), limit: 100, ...query }).then((records) => records.map((r) => r.seq));
        assert.deepEqual(await who(), asked, 'before the index is written, from the records');
        await store.flushIndex();
        assert.deepEqual(await indexState(p), { watermark: 75, rows: 75 - 16 + 2 * chunk.length });
        assert.deepEqual(await blockRows(p, personHash(KEYS, LOOKED_AT)), [0, 1]);
        assert.deepEqual(await who(), asked);
        assert.deepEqual(await who({ newestFirst: true, limit: 5 }), [70, 69, 68, 67, 66]);
        assert.deepEqual(await who({ afterSeq: 60, beforeSeq: 66 }), [61, 62, 63, 64, 65]);
        assert.deepEqual(await who({ afterSeq: 70 }), []);
        assert.deepEqual((await store.query({ person: other(30), limit: 100 })).map((r) => r.seq), [30]);
        // Only a whole hash names a person: a part of one (or of two, across the comma) names nobody.
        assert.deepEqual(await who({ person: personHash(KEYS, LOOKED_AT).slice(0, 16) }), []);
        assert.deepEqual(await who({ person: `${chunk[1]!.slice(16)},${chunk[2]!.slice(0, 16)}` }), []);
        assert.deepEqual(await verifyChain(store, KEYS), { ok: true, records: 75, lastSeq: 75 });
      } finally {
        await p.dispose();
      }
    });

    test('verify names the first record, at or below the watermark, whose person has lost its index row', async () => {
      const p = await place(dialect);
      try {
        const store = await p.open({ index: NEVER });
        const shared = personHash(KEYS, validIdNumber('610728', '19700101', '001'));
        for (let n = 1; n <= 6; n++) await store.append(entry(n, n >= 3 ? [shared, personHash(KEYS, validIdNumber('610728', '19600101', String(n).padStart(3, '0')))] : undefined));
        await store.flushIndex();
        assert.deepEqual(await verifyChain(store, KEYS), { ok: true, records: 6, lastSeq: 6 });
        await p.exec('DELETE FROM hub_audit_person_block WHERE block = 0 AND person = ?', [shared]);
        const result = await verifyChain(store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 3, 'edited']);
        assert.match(result.failure!.message, /index was edited at record 3/);
      } finally {
        await p.dispose();
      }
    });

    test('rows per person and record, as older versions wrote the index, still answer who and are still checked by verify', async () => {
      const p = await place(dialect);
      try {
        const only = (n: number) => personHash(KEYS, validIdNumber('610728', '19600101', String(n).padStart(3, '0')));
        // Records 1-3 indexed the old way: their rows per person and record, and the watermark over them.
        const old = await p.open({ index: NEVER });
        for (let n = 1; n <= 3; n++) {
          const record = await old.append(entry(n));
          for (const person of record.persons) await p.exec('INSERT INTO hub_audit_person (person, seq) VALUES (?, ?)', [person, record.seq]);
        }
        await p.exec('UPDATE hub_audit_index_head SET indexed_seq = 3 WHERE id = 1');
        await old.close();
        assert.deepEqual(await indexState(p), { watermark: 3, rows: 0 });

        const store = await p.open({ index: NEVER });
        for (let n = 4; n <= 5; n++) await store.append(entry(n));
        await store.flushIndex();
        assert.deepEqual(await indexState(p), { watermark: 5, rows: 3 }, 'rows per block for records 4 and 5 only');
        assert.deepEqual((await store.query({ person: personHash(KEYS, LOOKED_AT), limit: 10 })).map((r) => r.seq), [1, 2, 3, 4, 5]);
        assert.deepEqual((await store.query({ person: only(2), limit: 10 })).map((r) => r.seq), [2]);
        assert.deepEqual(await verifyChain(store, KEYS), { ok: true, records: 5, lastSeq: 5 });

        await p.exec('DELETE FROM hub_audit_person WHERE seq = 2 AND person = ?', [only(2)]);
        const result = await verifyChain(store, KEYS);
        assert.deepEqual([result.ok, result.failure?.seq, result.failure?.problem], [false, 2, 'edited']);
      } finally {
        await p.dispose();
      }
    });

    test('an index row that names a record which does not name the person is not an answer', async () => {
      const p = await place(dialect);
      try {
        const store = await p.open();
        await store.append(entry(1));
        await store.append(entry(2, [personHash(KEYS, validIdNumber('610728', '19700101', '001'))]));
        await store.flushIndex();
        await p.exec('INSERT INTO hub_audit_person (person, seq) VALUES (?, 2)', [personHash(KEYS, LOOKED_AT)]);
        assert.deepEqual((await store.query({ person: personHash(KEYS, LOOKED_AT), limit: 10 })).map((r) => r.seq), [1]);
      } finally {
        await p.dispose();
      }
    });
  });
}

describe('an audit log written before records held their persons (SQLite)', () => {
  test('still verifies and answers who, and new records continue its chain', async () => {
    const p = await place('sqlite');
    try {
      // The layout of that log: persons only as index rows, written with each record.
      await p.exec(`CREATE TABLE hub_audit_log (seq BIGINT NOT NULL PRIMARY KEY, at VARCHAR(30) NOT NULL, user_id TEXT NOT NULL, role VARCHAR(20) NOT NULL,
        scope TEXT NOT NULL, actor TEXT NULL, client TEXT NULL, operation_name TEXT NULL, document_hash TEXT NULL, person_count INT NOT NULL,
        persons_digest TEXT NOT NULL, row_count INT NOT NULL, outcome VARCHAR(10) NOT NULL, code VARCHAR(60) NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE TABLE hub_audit_head (id INT NOT NULL PRIMARY KEY, last_seq BIGINT NOT NULL, last_hash TEXT NOT NULL);
        CREATE TABLE hub_audit_person (person TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY (person, seq));
        CREATE INDEX ix_hub_audit_person_seq ON hub_audit_person (seq);`);
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= 2; seq++) {
        const e = { ...entry(seq), persons: [...entry(seq).persons].sort() };
        const hash = recordHash(KEYS, prevHash, e);
        await p.exec('INSERT INTO hub_audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          seq, e.at, e.user, e.role, e.scope, e.actor, e.client, e.operationName, e.documentHash, e.persons.length,
          createHash('sha256').update(e.persons.join(',')).digest('hex'), e.rowCount, e.outcome, e.code, prevHash, hash,
        ]);
        for (const person of e.persons) await p.exec('INSERT INTO hub_audit_person (person, seq) VALUES (?, ?)', [person, seq]);
        prevHash = hash;
      }
      await p.exec('INSERT INTO hub_audit_head (id, last_seq, last_hash) VALUES (1, 2, ?)', [prevHash]);

      const store = await p.open();
      await store.append(entry(3));
      await store.flushIndex();
      assert.deepEqual(await verifyChain(store, KEYS), { ok: true, records: 3, lastSeq: 3 });
      const found = await store.query({ person: personHash(KEYS, LOOKED_AT), limit: 10 });
      assert.deepEqual(found.map((r) => [r.seq, r.persons.length]), [[1, 2], [2, 2], [3, 2]]);
      await p.exec('DELETE FROM hub_audit_person WHERE seq = 1 AND person = ?', [personHash(KEYS, LOOKED_AT)]);
      const broken = await verifyChain(store, KEYS);
      assert.deepEqual([broken.ok, broken.failure?.seq], [false, 1]);
    } finally {
      await p.dispose();
    }
  });
});
