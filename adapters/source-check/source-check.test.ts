import { afterAll, beforeAll, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import assert from '../../test-support/assert.js';
import { describeOrSkip } from '../../test-support/skip.js';
import { TEST_DIALECTS, createLegacyTestDatabase, skipUnlessAvailable, type LegacyTestDatabase } from '../../test-support/legacy-db.js';
import { validIdNumber, validIdNumberEndingInX } from '../../test-support/id-numbers.js';
import { copyToMappedLayout, renamingMapping, writeMappingFile } from '../../test-support/mapped-copy.js';
import { testEnv } from '../../test-support/env.js';
import { departmentDdl } from '../legacy-tables.js';
import type { DatabaseLocation, Dialect } from '../../lib/database-location.js';
import { runSourceCheck } from './check.js';
import { textReport, jsonlReport } from './report.js';

const X_ID = validIdNumberEndingInX('610727', '19850302');
const PLAIN_ID = validIdNumber('610727', '19900101', '123');
const OTHER_COUNTY_ID = validIdNumber('612301', '19700505', '456');
const WRONG_CHECK = `${PLAIN_ID.slice(0, 17)}${PLAIN_ID.endsWith('0') ? '1' : '0'}`;

const line = (values: Record<string, string | number | null>) => ({ PCH: 'PC1', XM: '张三', YHZH: '6228', JE: '100.00', FFZTDM: '1', SBYY: null, DZSJ: null, ...values });

/** A finance database of a few rows: on SQLite without any index; on MariaDB renamed, re-coded and without any index. */
async function financeWithoutIndexes(dialect: Dialect, dir: string): Promise<{ location: DatabaseLocation; execute(sql: string): Promise<void>; drop(): Promise<void> }> {
  const rows = {
    BT_XM: [{ XMDM: 'MZ-DB', XMMC: '低保', ZGBMDM: 'MZ', ZJJCDM: '1', FFZQDM: 'M', BZJE: '500.00', ZGTJ: null, ZCYJ: '', GKBZ: '1', ND: '2024' }],
    BT_DXZH: [{ SFZH: X_ID.replace(/X$/, 'x'), XM: '王', ZHLXDM: '1', KHYHDM: 'B1', YHZH: '6228', ZT: '1', DJRQ: '20240230' }],
    FF_PC: [{ PCH: 'PC1', XMDM: 'MZ-DB', FFQJ: '202403', XZQHDM: '610727', ZTDM: '04', LRR: 'u1', SHR: 'u2', TJSJ: '2024-03-05 10:00:00' }],
    FF_MX: [
      line({ MXID: 1, SFZH: PLAIN_ID }),
      line({ MXID: 2, SFZH: X_ID.replace(/X$/, 'x') }),
      line({ MXID: 3, SFZH: WRONG_CHECK, FFZTDM: '7' }),
      line({ MXID: 4, SFZH: OTHER_COUNTY_ID, FFZTDM: '2' }),
    ],
  } as const;
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'czj_ykt.sqlite');
    const db = new Database(file);
    for (const statement of departmentDdl('FINANCE', 'sqlite').tables) db.exec(statement);
    for (const [table, list] of Object.entries(rows)) {
      for (const row of list) db.prepare(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`).run(...Object.values(row));
    }
    db.close();
    return {
      location: { kind: 'sqlite', file },
      async execute(sql) {
        const writer = new Database(file);
        writer.exec(sql);
        writer.close();
      },
      drop: async () => {},
    };
  }
  const source: LegacyTestDatabase = await createLegacyTestDatabase('mysql', 'FINANCE');
  for (const [table, list] of Object.entries(rows)) await source.insert(table as 'FF_MX', list as never);
  const name = `hub_i14_src_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  const document = renamingMapping('FINANCE');
  const sourceName = new URL((source.location as { url: string }).url).pathname.slice(1);
  await copyToMappedLayout(admin, 'FINANCE', sourceName, name, document, { indexes: false });
  await admin.query(`USE ${name}`);
  return {
    location: { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}`, mappingFile: writeMappingFile(path.join(dir, 'finance.json'), document) },
    execute: async (sql) => void (await admin.query(sql)),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
      await source.drop();
    },
  };
}

/** A justice table with JYMC missing and XQQR of type DATE. */
async function brokenJustice(dialect: Dialect, dir: string): Promise<{ location: DatabaseLocation; drop(): Promise<void> }> {
  const ddl = 'CREATE TABLE ZF_XFZX (ZFBH VARCHAR(20) NOT NULL PRIMARY KEY, ZJHM CHAR(18), XM VARCHAR(50), XZDM CHAR(2), XQQR DATE, XQZR CHAR(8), SJSFRQ CHAR(8))';
  const mappingFile = writeMappingFile(path.join(dir, `justice-${dialect}.json`), { tables: { ZF_XFZX: { columns: { XM: 'XINGMING' } } } });
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'sfj_xz.sqlite');
    const db = new Database(file);
    db.exec(ddl);
    db.close();
    return { location: { kind: 'sqlite', file, mappingFile }, drop: async () => {} };
  }
  const name = `hub_i14_broken_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({ uri: testEnv.mariaDbServerUrl });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.query(`USE ${name}`);
  await admin.query(ddl);
  return {
    location: { kind: 'mysql', url: `${testEnv.mariaDbServerUrl}/${name}`, mappingFile },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

for (const dialect of TEST_DIALECTS) {
  describeOrSkip(`the source check on ${dialect}`, { skip: skipUnlessAvailable(dialect) }, () => {
    let dir: string;
    let finance: Awaited<ReturnType<typeof financeWithoutIndexes>>;
    let justice: Awaited<ReturnType<typeof brokenJustice>>;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'hub-source-check-'));
      finance = await financeWithoutIndexes(dialect, dir);
      justice = await brokenJustice(dialect, dir);
    });

    afterAll(async () => {
      await finance?.drop();
      await justice?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a database without the recommended indexes gets their CREATE INDEX statements; once run, none is missing', async () => {
      const before = await runSourceCheck('FINANCE', finance.location, { persons: 10 });
      const missing = before.indexes.filter((i) => !i.present);
      assert.equal(before.problems.length, 0, before.problems.join('\n'));
      assert.equal(missing.length, before.indexes.length);
      assert.ok(missing.length >= 5);
      const text = textReport(before);
      for (const index of missing) assert.ok(text.includes(index.createIndex), index.createIndex);
      // The statements name the department's own tables and columns.
      const lines = missing.find((i) => i.table === 'FF_MX' && i.columns.join() === 'PCH,MXID')!;
      assert.equal(lines.createIndex, dialect === 'mysql' ? 'CREATE INDEX IX_T_FF_MX_C_PCH_C_MXID ON T_FF_MX (C_PCH, C_MXID);' : 'CREATE INDEX IX_FF_MX_PCH_MXID ON FF_MX (PCH, MXID);');
      assert.equal(before.verdict, 'USABLE_WITH_WARNINGS');
      for (const index of missing) await finance.execute(index.createIndex);
      const after = await runSourceCheck('FINANCE', finance.location, { persons: 10 });
      assert.deepEqual(after.indexes.filter((i) => !i.present), []);
      assert.match(textReport(after), /none missing 无缺失/);
    });

    test('rows, dirty ID numbers, unreadable dates and unknown codes are counted, with masked examples', async () => {
      const report = await runSourceCheck('FINANCE', finance.location, { persons: 10 });
      assert.deepEqual(report.counts, [
        { table: 'BT_XM', rows: 1 },
        { table: 'BT_DXZH', rows: 1 },
        { table: 'FF_PC', rows: 1 },
        { table: 'FF_MX', rows: 4 },
      ]);
      const dirty = report.dirty.map((d) => [`${d.table}.${d.column}`, d.kind, d.rows, d.examples]);
      const masked = (id: string) => JSON.stringify(`${id.slice(0, 4)}**********${id.slice(-4)}`);
      assert.deepEqual(dirty, [
        ['BT_DXZH.SFZH', 'ID_LOWER_X', 1, [masked(X_ID).replace(/X"$/, 'x"')]],
        ['BT_DXZH.DJRQ', 'DATE_UNREADABLE', 1, ['"20240230"']],
        ['FF_MX.SFZH', 'ID_LOWER_X', 1, [masked(X_ID).replace(/X"$/, 'x"')]],
        ['FF_MX.SFZH', 'ID_CHECK_CHARACTER', 1, [masked(WRONG_CHECK)]],
        // On MariaDB the codes are mapped (K0, K1, K2): a stored 7 is outside them there too.
        ['FF_MX.FFZTDM', 'CODE_UNKNOWN', 1, ['"7" ×1']],
      ]);
      assert.ok(!jsonlReport(report).includes(PLAIN_ID.slice(4, 14)), 'a full ID number appears in the report');
      // Timed on the valid ID numbers of the largest table holding them (FF_MX): the wrong check character left out.
      assert.equal(report.timing?.persons, 3);
    });

    test('a missing column, a column of the wrong type and a mapping to a column that does not exist make the source not usable, each named', async () => {
      const report = await runSourceCheck('JUSTICE', justice.location, { persons: 10 });
      assert.equal(report.verdict, 'NOT_USABLE');
      assert.deepEqual(report.problems, [
        'ZF_XFZX.XM (ZF_XFZX.XINGMING): missing',
        `ZF_XFZX.XQQR (ZF_XFZX.XQQR): is DATE, the hub reads text (CHAR(8)) in the form YYYYMMDD`,
        'ZF_XFZX.JYMC (ZF_XFZX.JYMC): missing',
      ]);
      assert.match(textReport(report), /not usable 不能接入 \(exit code 1\)/);
    });

    test('the subgraph does not start on that database, and says why', () => {
      const env = {
        ...process.env,
        HUB_DATA_DIR: dir,
        HUB_SUBGRAPH_JUSTICE_PORT: '0',
        HUB_DB_JUSTICE_MAPPING: justice.location.mappingFile!,
        ...(justice.location.kind === 'mysql' ? { HUB_DB_JUSTICE: justice.location.url } : {}),
      };
      const started = spawnSync(process.execPath, ['--import', 'tsx', 'subgraphs/main.ts', 'justice', '--announce'], { env, encoding: 'utf8', timeout: 120_000 });
      assert.equal(started.status, 2, started.stderr);
      assert.match(started.stderr, /justice subgraph not started/);
      for (const named of ['ZF_XFZX.XM (ZF_XFZX.XINGMING): missing', 'ZF_XFZX.XQQR (ZF_XFZX.XQQR): is DATE', 'ZF_XFZX.JYMC (ZF_XFZX.JYMC): missing']) assert.ok(started.stderr.includes(named), named);
      assert.doesNotMatch(started.stdout, /subgraph at http/);
    });
  });
}
