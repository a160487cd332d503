/**
 * Faults of a department's database, and what the hub makes of them: a clear reason naming the
 * department, and never a wait longer than the configured bound (HUB_DB_TIMEOUT_MS).
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import assert from '../test-support/assert.js';
import { createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../test-support/legacy-db.js';
import { lockedAccount, lockTables, silentServer, timed, type SilentServer } from '../test-support/faults.js';
import { describeOrSkip } from '../test-support/skip.js';
import { DepartmentDatabase } from './database.js';
import { tablesOf } from './legacy-tables.js';
import { unavailableReason } from './unavailable-reasons.js';

const TIMEOUT_MS = 1000;
/** Slack for scheduling and the driver's own round trips: the bound is the point, not the speed. */
const MARGIN_MS = 3000;

const JUSTICE_TABLES = tablesOf('JUSTICE').map((t) => t.name);

/** The GraphQL error a failing `run` throws, with how long it took. */
async function failure(db: DepartmentDatabase, sql = `SELECT COUNT(*) AS n FROM ${JUSTICE_TABLES[0]}`): Promise<{ error: GraphQLError; ms: number }> {
  const { result, ms } = await timed(() => db.run((ds) => ds.query(sql)).then(() => null, (error: unknown) => error));
  assert.ok(result instanceof GraphQLError, `expected the query to fail, got ${String(result)}`);
  return { error: result, ms };
}

describeOrSkip('faults of a department database on MariaDB', { skip: skipUnlessAvailable('mysql') }, () => {
  let justice: LegacyTestDatabase;

  beforeAll(async () => {
    justice = await createLegacyTestDatabase('mysql', 'JUSTICE');
  });

  afterAll(async () => {
    await justice?.drop();
  });

  test('a locked account is ACCOUNT_LOCKED naming the department, not the driver’s misnamed parse error', async () => {
    const account = await lockedAccount((justice.location as { url: string }).url);
    const db = new DepartmentDatabase('JUSTICE', { kind: 'mysql', url: account.url, timeoutMs: TIMEOUT_MS });
    try {
      const { error } = await failure(db);
      assert.equal(error.extensions.code, 'DEPARTMENT_UNAVAILABLE');
      assert.equal(error.extensions.department, 'JUSTICE');
      assert.equal(error.extensions.reason, 'ACCOUNT_LOCKED');
      assert.match(error.message, /justice \(司法\).*ACCOUNT_LOCKED.*locked/);
      assert.doesNotMatch(error.message, /ER_BULK_PARSER|4151/);
    } finally {
      await db.close();
      await account.drop();
    }
  });

  test('a table locked by another connection makes a query wait no longer than the bound, then TIMEOUT naming the department', async () => {
    const db = new DepartmentDatabase('JUSTICE', { ...(justice.location as { kind: 'mysql'; url: string }), timeoutMs: TIMEOUT_MS });
    const lock = await lockTables((justice.location as { url: string }).url, JUSTICE_TABLES);
    try {
      const { error, ms } = await failure(db);
      assert.equal(error.extensions.code, 'DEPARTMENT_UNAVAILABLE');
      assert.equal(error.extensions.department, 'JUSTICE');
      assert.equal(error.extensions.reason, 'TIMEOUT');
      assert.ok(ms < TIMEOUT_MS + MARGIN_MS, `answered after ${Math.round(ms)} ms`);
      const health = await db.probe();
      assert.deepEqual([health.ok, health.reason], [false, 'TIMEOUT']);
      await lock.release();
      // The lock gone, the same connection pool answers again: a timeout does not mark the database down.
      assert.deepEqual(await db.run((ds) => ds.query(`SELECT COUNT(*) AS n FROM ${JUSTICE_TABLES[0]}`)), [{ n: '0' }]);
      assert.equal((await db.probe()).ok, true);
    } finally {
      await lock.release();
      await db.close();
    }
  });

  test('a refused connection and an unknown database each get their own reason', async () => {
    const refused = new DepartmentDatabase('JUSTICE', { kind: 'mysql', url: 'mysql://hub:secret@127.0.0.1:9/sfj_xz', timeoutMs: TIMEOUT_MS });
    const unknown = new DepartmentDatabase('JUSTICE', { kind: 'mysql', url: `${(justice.location as { url: string }).url}_missing`, timeoutMs: TIMEOUT_MS });
    try {
      assert.equal((await failure(refused)).error.extensions.reason, 'CONNECTION_REFUSED');
      assert.equal((await failure(unknown)).error.extensions.reason, 'DATABASE_NOT_FOUND');
    } finally {
      await refused.close();
      await unknown.close();
    }
  });
});

describe('faults of a department database anywhere', () => {
  let silent: SilentServer;

  beforeAll(async () => {
    silent = await silentServer();
  });

  afterAll(async () => {
    await silent?.close();
  });

  test('a host that accepts connections and never answers costs one bounded wait; until the bound has passed again, requests fail at once', async () => {
    const db = new DepartmentDatabase('HR', { kind: 'mysql', url: silent.url('rsj_sb'), timeoutMs: TIMEOUT_MS });
    try {
      const first = await failure(db, 'SELECT 1');
      assert.equal(first.error.extensions.reason, 'TIMEOUT');
      assert.equal(first.error.extensions.department, 'HR');
      assert.ok(first.ms < TIMEOUT_MS + MARGIN_MS, `answered after ${Math.round(first.ms)} ms`);
      const connections = silent.connections;
      const second = await failure(db, 'SELECT 1');
      assert.equal(second.error.extensions.reason, 'TIMEOUT');
      assert.ok(second.ms < TIMEOUT_MS + MARGIN_MS, `the second request waited ${Math.round(second.ms)} ms`);
      // Failing at once is proved by the connection count, not by the clock.
      assert.equal(silent.connections, connections, 'no new connection attempt within the interval');
      const health = await db.probe();
      assert.equal(health.ok, false);
    } finally {
      await db.close();
    }
  });

  test('an embedded SQLite file held by a writer makes a reader wait no longer than the busy timeout, then TIMEOUT', async () => {
    const justice = await createLegacyTestDatabase('sqlite', 'JUSTICE');
    const writer = new Database((justice.location as { file: string }).file);
    writer.exec('BEGIN EXCLUSIVE');
    const db = new DepartmentDatabase('JUSTICE', { ...(justice.location as { kind: 'sqlite'; file: string }), timeoutMs: TIMEOUT_MS });
    try {
      const { error, ms } = await failure(db);
      assert.equal(error.extensions.reason, 'TIMEOUT');
      assert.ok(ms < TIMEOUT_MS + MARGIN_MS, `answered after ${Math.round(ms)} ms`);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      await db.close();
      await justice.drop();
    }
  });

  test('driver errors are classified by number and code, whatever mysql2 names them', () => {
    assert.equal(unavailableReason({ code: 'ER_BULK_PARSER_INCOMPLETE_ESCAPE_SEQUENCE', errno: 4151 }), 'ACCOUNT_LOCKED');
    assert.equal(unavailableReason({ code: 'ER_ACCESS_DENIED_ERROR', errno: 1045 }), 'ACCESS_DENIED');
    assert.equal(unavailableReason({ errno: 1969 }), 'TIMEOUT');
    assert.equal(unavailableReason({ code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 }), 'TIMEOUT');
    assert.equal(unavailableReason({ driverError: { code: 'ECONNREFUSED' } }), 'CONNECTION_REFUSED');
    assert.equal(unavailableReason({ code: 'SQLITE_BUSY' }), 'TIMEOUT');
    assert.equal(unavailableReason(new Error('something else')), 'QUERY_FAILED');
  });
});
