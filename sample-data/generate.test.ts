import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from '../test-support/assert.js';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { DEPARTMENTS, DEPARTMENT_INFO } from '../lib/departments.js';
import { loadConfig } from '../lib/config.js';
import { isValidIdNumber, maskIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { parseLegacyDate } from '../lib/dates.js';
import { generateCounty } from './county.js';
import { EXPECTED_FINDINGS_FILE, defaultDatabaseNames, ensureEmbeddedSampleData, generateSampleData, sampleInMemory, type SampleResult } from './generate.js';
import { LEGACY_TABLES, LEGACY_TABLE_NAMES, type LegacyTableName } from '../adapters/legacy-tables.js';
import { RULES } from '../lib/rules.js';
import { dropDatabases } from './writers.js';
import { testEnv } from '../test-support/env.js';
import { skipUnlessAvailable } from '../test-support/legacy-db.js';
import { testOrSkip } from '../test-support/skip.js';

const SEED = 20240301;
const MARIADB = testEnv.mariaDbServerUrl;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sample-data-test-'));
}

/** All six departments' files attached to one connection, under their default database names. */
function openCounty(dir: string): Database.Database {
  const db = new Database(path.join(dir, 'czj_ykt.sqlite'), { readonly: true });
  for (const d of DEPARTMENTS) {
    const name = DEPARTMENT_INFO[d].defaultDatabase;
    if (name !== 'czj_ykt') db.exec(`ATTACH DATABASE '${path.join(dir, `${name}.sqlite`)}' AS ${name}`);
  }
  // The rules' normalisation: trim ASCII and full-width spaces, upper-case the x.
  db.function('nid', (v: unknown) => (typeof v === 'string' ? normaliseIdNumber(v) : null));
  return db;
}

function sqliteCounts(dir: string): Record<LegacyTableName, number> {
  const db = openCounty(dir);
  try {
    return Object.fromEntries(
      LEGACY_TABLE_NAMES.map((t) => {
        const schema = DEPARTMENT_INFO[LEGACY_TABLES[t].department].defaultDatabase;
        return [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${schema === 'czj_ykt' ? 'main' : schema}.${t}`).get() as { n: number }).n];
      }),
    ) as Record<LegacyTableName, number>;
  } finally {
    db.close();
  }
}

function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('the sample county at 1,000 persons', () => {
  let dir: string;
  let sample: SampleResult;

  beforeAll(async () => {
    dir = tempDir();
    sample = await generateSampleData({ kind: 'sqlite', dir }, { persons: 1000, seed: SEED });
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('generated ID numbers are valid after normalisation', () => {
    const db = openCounty(dir);
    try {
      const persons = db.prepare('SELECT GMSFHM, XBDM, CSRQ FROM gaj_rk.RK_RYJBXX').all() as { GMSFHM: string; XBDM: string; CSRQ: string }[];
      assert.equal(persons.length, 1000);
      for (const p of persons) {
        const id = normaliseIdNumber(p.GMSFHM);
        assert.ok(isValidIdNumber(id), `register ID ${maskIdNumber(p.GMSFHM)} is not valid`);
        // Ruling 2's cases leave the register's date of birth empty, NULL or unreadable; a real one matches the ID.
        if (parseLegacyDate(p.CSRQ) !== null) assert.equal(p.CSRQ, id.slice(6, 14), 'birth date must match the ID');
        assert.equal(p.XBDM, Number(id[16]) % 2 === 1 ? '1' : '2', 'sex must match the parity of the 17th digit');
      }
      const idColumns: [string, string][] = [
        ['sfj_xz.ZF_XFZX', 'ZJHM'], ['mzj_jz.DB_JT', 'HZSFZH'], ['mzj_jz.DB_JTCY', 'SFZH'], ['mzj_jz.TK_GYRY', 'SFZH'],
        ['rsj_sb.SBK_KXX', 'SFZH'], ['rsj_sb.CB_DWCBRY', 'SFZH'], ['cl_cjr.CJR_ZXX', 'SFZH'], ['main.BT_DXZH', 'SFZH'],
      ];
      for (const [table, column] of idColumns) {
        // A card naming no holder is ruling 4's case; every ID that is there is valid.
        const rows = db.prepare(`SELECT ${column} AS id FROM ${table}`).all() as { id: string | null }[];
        for (const row of rows.filter((r) => !(table === 'rsj_sb.SBK_KXX' && (r.id ?? '') === ''))) {
          assert.ok(isValidIdNumber(normaliseIdNumber(row.id)), `${maskIdNumber(row.id)} in ${table}.${column} is not valid`);
        }
      }
      for (const c of db.prepare('SELECT CJRZH, SFZH, CJLBDM, CJDJDM FROM cl_cjr.CJR_ZXX').all() as Record<string, string>[]) {
        assert.equal(c.CJRZH, `${normaliseIdNumber(c.SFZH)}${c.CJLBDM}${c.CJDJDM}`);
      }
      // The only invalid IDs are the planted ones on payment lines, and each is reported.
      const invalid = (db.prepare('SELECT MXID, SFZH FROM FF_MX').all() as { MXID: number; SFZH: string }[])
        .filter((l) => !isValidIdNumber(normaliseIdNumber(l.SFZH)))
        .map((l) => String(l.MXID))
        .sort();
      const reported = sample.expectedFindings!.filter((f) => f.rule === 'ID_INVALID').map((f) => f.lineId).sort();
      assert.ok(invalid.length >= 3);
      assert.deepEqual(invalid, reported);
    } finally {
      db.close();
    }
  });

  test('dirty spellings are present: lower-case x, padded IDs and names, empty, NULL and unreadable dates, unknown levels', () => {
    const db = openCounty(dir);
    try {
      const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
      assert.ok(count("SELECT COUNT(*) AS n FROM gaj_rk.RK_RYJBXX WHERE substr(GMSFHM, 18, 1) = 'x'") > 0);
      assert.ok(count("SELECT COUNT(*) AS n FROM FF_MX WHERE substr(SFZH, 18, 1) = 'x'") > 0);
      assert.ok(count('SELECT COUNT(*) AS n FROM FF_MX WHERE length(SFZH) > 18') > 0);
      assert.ok(count(`SELECT COUNT(*) AS n FROM gaj_rk.RK_RYJBXX WHERE XM LIKE '%　' OR XM LIKE '　%' OR XM LIKE ' %' OR XM LIKE '% '`) > 0);
      assert.ok(count("SELECT COUNT(*) AS n FROM gaj_rk.RK_RYJBXX WHERE SWRQ = ''") > 0);
      assert.ok(count('SELECT COUNT(*) AS n FROM gaj_rk.RK_RYJBXX WHERE SWRQ IS NULL') > 0);
      // Dates that are not dates (ruling 1), an unknown level code (ruling 3), a register entry without a division (ruling 4).
      const junk = (column: string) => `${column} <> '' AND (${column} NOT GLOB '[0-9][0-9][0-9][0-9][01][0-9][0-3][0-9]' OR substr(${column}, 5, 4) IN ('0230', '0231', '1301', '0000'))`;
      const dateColumns: [string, string][] = [
        ['mzj_jz.DB_JT', 'NBRQ'], ['mzj_jz.DB_JT', 'TBRQ'], ['mzj_jz.TK_GYRY', 'ZZRQ'], ['rsj_sb.CB_DWCBRY', 'CBZZRQ'],
        ['sfj_xz.ZF_XFZX', 'SJSFRQ'], ['sfj_xz.ZF_XFZX', 'XQZR'], ['cl_cjr.CJR_ZXX', 'ZXRQ'], ['gaj_rk.RK_RYJBXX', 'CSRQ'],
      ];
      for (const [table, column] of dateColumns) {
        assert.ok(count(`SELECT COUNT(*) AS n FROM ${table} WHERE ${junk(column)}`) > 0, `${table}.${column} should hold an unreadable date`);
      }
      assert.ok(count("SELECT COUNT(*) AS n FROM cl_cjr.CJR_ZXX WHERE CJDJDM NOT IN ('1', '2', '3', '4')") > 0);
      assert.ok(count("SELECT COUNT(*) AS n FROM gaj_rk.RK_RYJBXX WHERE coalesce(HJDZ_XZQHDM, '') = ''") > 0);
      assert.equal(count("SELECT COUNT(*) AS n FROM FF_PC WHERE typeof(ZTDM) <> 'text' OR length(ZTDM) <> 2"), 0);
    } finally {
      db.close();
    }
  });

  test('every anomaly rule code appears in the expected findings at 1,000 persons', () => {
    const findings = sample.expectedFindings!;
    for (const rule of RULES) {
      assert.ok(findings.filter((f) => f.rule === rule).length >= 3, `${rule} should be planted at least three times`);
    }
    // Mostly clean all the same.
    assert.ok(new Set(findings.map((f) => f.lineId)).size < sample.lines / 2);
    const written = fs
      .readFileSync(path.join(dir, EXPECTED_FINDINGS_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(written, findings);
  });

  test('batches cover every status and every programme condition, and lines are consistent with them', () => {
    const db = openCounty(dir);
    try {
      const statuses = (db.prepare('SELECT DISTINCT ZTDM FROM FF_PC ORDER BY 1').all() as { ZTDM: string }[]).map((r) => r.ZTDM);
      assert.deepEqual(statuses, ['01', '02', '03', '04', '05']);
      const conditions = (db.prepare('SELECT DISTINCT ZGTJ FROM BT_XM').all() as { ZGTJ: string | null }[]).map((r) => r.ZGTJ);
      for (const c of ['DIBAO', 'TEKUN', 'DISABLED_ANY', 'DISABLED_SEVERE', 'DIBAO_DISABLED', 'AGE_80', null]) assert.ok(conditions.includes(c));
      assert.ok((db.prepare("SELECT COUNT(*) AS n FROM BT_XM WHERE ZGTJ IS NULL AND BZJE IS NULL AND GKBZ = '0'").get() as { n: number }).n > 0);
      const bad = db
        .prepare(
          `SELECT COUNT(*) AS n FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH
           WHERE (m.FFZTDM = '1' AND (m.DZSJ IS NULL OR m.DZSJ <= p.TJSJ))
              OR (m.FFZTDM = '2' AND (m.SBYY IS NULL OR p.ZTDM <> '05'))
              OR (m.FFZTDM = '0' AND p.ZTDM NOT IN ('01', '02', '03'))`,
        )
        .get() as { n: number };
      assert.equal(bad.n, 0);
      assert.ok((db.prepare("SELECT COUNT(*) AS n FROM FF_MX WHERE FFZTDM = '2'").get() as { n: number }).n > 0);
    } finally {
      db.close();
    }
  });

  test('two disability certificates valid on the same day occur, as ruling 3 considers, and some persons were re-assessed', () => {
    const db = openCounty(dir);
    try {
      const overlaps = db
        .prepare(
          `SELECT COUNT(*) AS n FROM cl_cjr.CJR_ZXX a JOIN cl_cjr.CJR_ZXX b
             ON nid(a.SFZH) = nid(b.SFZH) AND a.CJRZH < b.CJRZH
           WHERE max(a.FZRQ, b.FZRQ) <= min(a.YXQZ, b.YXQZ,
                   coalesce(nullif(a.ZXRQ, ''), '99991231'), coalesce(nullif(b.ZXRQ, ''), '99991231'))
             AND max(a.FZRQ, b.FZRQ) < min(coalesce(nullif(a.ZXRQ, ''), '99991231'), coalesce(nullif(b.ZXRQ, ''), '99991231'))`,
        )
        .get() as { n: number };
      assert.ok(overlaps.n > 0, 'some persons should hold two certificates valid at once');
      const reassessed = db.prepare('SELECT COUNT(*) AS n FROM (SELECT nid(SFZH) FROM cl_cjr.CJR_ZXX GROUP BY 1 HAVING COUNT(*) > 1)').get() as { n: number };
      assert.ok(reassessed.n > 0, 'some persons should have been re-assessed');
    } finally {
      db.close();
    }
  });

  test('the boundary days are present and decided as the rules say', () => {
    const db = openCounty(dir);
    const flagged = new Set(sample.expectedFindings!.map((f) => `${f.lineId} ${f.rule}`));
    const lines = (sql: string): string[] => (db.prepare(sql).all() as { MXID: number }[]).map((r) => String(r.MXID));
    const base = `SELECT DISTINCT m.MXID FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH JOIN BT_XM x ON x.XMDM = p.XMDM`;
    try {
      const diedOnD = lines(`${base} JOIN gaj_rk.RK_RYJBXX r ON nid(r.GMSFHM) = nid(m.SFZH) WHERE r.SWRQ = p.FFQJ || '01'`);
      const releasedOnD = lines(
        `${base} JOIN sfj_xz.ZF_XFZX s ON nid(s.ZJHM) = nid(m.SFZH)
         WHERE s.XZDM IN ('01','02','03','04') AND coalesce(nullif(s.SJSFRQ, ''), s.XQZR) = p.FFQJ || '01'`,
      );
      const community = lines(
        `${base} JOIN sfj_xz.ZF_XFZX s ON nid(s.ZJHM) = nid(m.SFZH)
         WHERE s.XZDM IN ('05','06') AND s.XQQR <= p.FFQJ || '01' AND p.FFQJ || '01' < s.XQZR`,
      );
      const certLastDay = lines(
        `${base} JOIN cl_cjr.CJR_ZXX c ON nid(c.SFZH) = nid(m.SFZH)
         WHERE x.ZGTJ IN ('DISABLED_ANY','DISABLED_SEVERE','DIBAO_DISABLED') AND c.YXQZ = p.FFQJ || '01'`,
      );
      const dibaoEndedOnD = lines(
        `${base} JOIN mzj_jz.DB_JTCY y ON nid(y.SFZH) = nid(m.SFZH) JOIN mzj_jz.DB_JT h ON h.JTBH = y.JTBH
         WHERE x.ZGTJ IN ('DIBAO','DIBAO_DISABLED') AND h.TBRQ = p.FFQJ || '01'`,
      );
      for (const [what, found] of [['died on d', diedOnD], ['released on d', releasedOnD], ['community sentence', community], ['certificate valid until d', certLastDay], ['dibao ended on d', dibaoEndedOnD]] as const) {
        assert.ok(found.length > 0, `expected lines where ${what}`);
      }
      for (const id of diedOnD) assert.ok(!flagged.has(`${id} DECEASED`), 'death on d is not before d');
      for (const id of releasedOnD) assert.ok(!flagged.has(`${id} IN_CUSTODY`), 'released on d is free on d');
      for (const id of community) assert.ok(!flagged.has(`${id} IN_CUSTODY`), 'community sentences are not custody');
      for (const id of certLastDay) assert.ok(!flagged.has(`${id} NO_VALID_DISABILITY_CERT`), 'valid until d includes d');
      for (const id of dibaoEndedOnD) assert.ok(flagged.has(`${id} NOT_ON_DIBAO`), 'a guarantee ending on d is over on d');

      // A failed line does not make the re-payment a duplicate.
      const repaid = lines(
        `SELECT b.MXID FROM FF_MX a JOIN FF_PC pa ON pa.PCH = a.PCH, FF_MX b JOIN FF_PC pb ON pb.PCH = b.PCH
         WHERE nid(a.SFZH) = nid(b.SFZH) AND pa.XMDM = pb.XMDM AND pa.FFQJ = pb.FFQJ AND a.MXID < b.MXID
           AND a.FFZTDM = '2' AND b.FFZTDM <> '2'
           AND NOT EXISTS (SELECT 1 FROM FF_MX c JOIN FF_PC pc ON pc.PCH = c.PCH WHERE nid(c.SFZH) = nid(b.SFZH)
                           AND pc.XMDM = pb.XMDM AND pc.FFQJ = pb.FFQJ AND c.MXID < b.MXID AND c.FFZTDM <> '2')`,
      );
      assert.ok(repaid.length > 0, 'expected re-payments after failed lines');
      for (const id of repaid) assert.ok(!flagged.has(`${id} DUPLICATE_PAYMENT`));
    } finally {
      db.close();
    }
  });
});

test('the findings the generator planned agree with the independent reference evaluator', async () => {
  for (const [persons, seed] of [[1000, 1], [3000, 99], [1000, -5]] as const) {
    const { findings, intended } = await sampleInMemory({ persons, seed });
    const evaluated = new Map<string, string[]>();
    for (const f of findings) evaluated.set(f.lineId, [...(evaluated.get(f.lineId) ?? []), f.rule]);
    let planned = 0;
    for (const [mxid, rules] of intended) {
      if (rules === null) continue;
      planned++;
      assert.deepEqual((evaluated.get(String(mxid)) ?? []).sort(), [...rules].sort(), `line ${mxid} (seed ${seed})`);
    }
    assert.equal(planned, intended.size);
  }
});

test('the same seed produces identical files', async () => {
  const a = tempDir();
  const b = tempDir();
  const c = tempDir();
  try {
    await generateSampleData({ kind: 'sqlite', dir: a }, { persons: 1000, seed: 42 });
    await generateSampleData({ kind: 'sqlite', dir: b }, { persons: 1000, seed: 42 });
    await generateSampleData({ kind: 'sqlite', dir: c }, { persons: 1000, seed: 43 });
    const files = [...DEPARTMENTS.map((d) => `${DEPARTMENT_INFO[d].defaultDatabase}.sqlite`), EXPECTED_FINDINGS_FILE];
    assert.deepEqual(fs.readdirSync(a).sort(), [...files].sort(), 'nothing but the six files and the findings');
    for (const f of files) assert.equal(fileHash(path.join(a, f)), fileHash(path.join(b, f)), f);
    assert.notEqual(fileHash(path.join(a, 'gaj_rk.sqlite')), fileHash(path.join(c, 'gaj_rk.sqlite')), 'another seed, another county');
  } finally {
    for (const d of [a, b, c]) fs.rmSync(d, { recursive: true, force: true });
  }
});

test('the load-test batch has exactly the requested number of lines, even beyond the county', async () => {
  for (const batchLines of [700, 5000]) {
    let lines = 0;
    const summary = await generateCounty({ persons: 1000, seed: 3, batchLines }, {
      row(table, row) {
        if (table === 'FF_MX' && (row as { PCH: string }).PCH.includes('RSJCYLJ')) lines++;
      },
    });
    assert.equal(lines, batchLines);
    assert.equal(summary.batches.length, 31);
  }
});

test('adding a load-test batch leaves the rest of the county unchanged', async () => {
  const digest = async (batchLines: number): Promise<string> => {
    const hash = createHash('sha256');
    await generateCounty({ persons: 1000, seed: 5, batchLines }, {
      row(table, row) {
        const pch = (row as { PCH?: string }).PCH;
        if (pch === undefined || !pch.includes('RSJCYLJ')) hash.update(`${table}${JSON.stringify(row)}`);
      },
    });
    return hash.digest('hex');
  };
  assert.equal(await digest(2500), await digest(0));
});

test('the embedded databases are created once, all together, then reported present', async () => {
  const dir = tempDir();
  try {
    const config = loadConfig({ HUB_DATA_DIR: dir, HUB_SAMPLE_PERSONS: '1000', HUB_SAMPLE_SEED: '11' });
    assert.equal(await ensureEmbeddedSampleData(config), 'created');
    const files = DEPARTMENTS.map((d) => `${DEPARTMENT_INFO[d].defaultDatabase}.sqlite`);
    assert.deepEqual(fs.readdirSync(dir).sort(), [...files, EXPECTED_FINDINGS_FILE].sort());
    assert.equal(await ensureEmbeddedSampleData(config), 'present');
    fs.rmSync(path.join(dir, 'cl_cjr.sqlite'));
    const before = fileHash(path.join(dir, 'gaj_rk.sqlite'));
    assert.equal(await ensureEmbeddedSampleData(config), 'created');
    assert.equal(fileHash(path.join(dir, 'gaj_rk.sqlite')), before, 'the same county again');
    assert.ok(fs.existsSync(path.join(dir, 'cl_cjr.sqlite')));
    assert.ok(!fs.readdirSync(dir).some((f) => f.includes('.partial-')), 'no partial files left behind');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the command line names the bad flag', async () => {
  const run = promisify(execFile);
  const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
  for (const [args, flag] of [[['--persons', 'abc'], '--persons'], [['--persons', '10'], '--persons'], [['--batch-lines', '-1'], '--batch-lines'], [['--colour', 'red'], '--colour'], [['--mysql', 'mysql://h:3306/db'], '--mysql']] as const) {
    const outcome = await run(process.execPath, ['--import', 'tsx', cli, ...args]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    assert.ok(outcome, `${args.join(' ')} should fail`);
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, new RegExp(flag));
  }
});

testOrSkip('the SQLite and MariaDB targets produce the same row counts', { skip: skipUnlessAvailable('mysql') }, async () => {
  const names = defaultDatabaseNames('', `_t${randomBytes(4).toString('hex')}`);
  const dir = tempDir();
  try {
    const lite = await generateSampleData({ kind: 'sqlite', dir }, { persons: 1000, seed: SEED, batchLines: 1500 });
    const maria = await generateSampleData({ kind: 'mysql', serverUrl: MARIADB, databaseNames: names }, { persons: 1000, seed: SEED, batchLines: 1500 });
    const counts = sqliteCounts(dir);
    assert.deepEqual(counts, lite.rows);
    const connection = await mysql.createConnection({ uri: MARIADB });
    try {
      for (const table of LEGACY_TABLE_NAMES) {
        const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${names[LEGACY_TABLES[table].department]}\`.${table}`);
        assert.equal(Number((rows as { n: number }[])[0]!.n), counts[table], table);
      }
    } finally {
      await connection.end();
    }
    // The padded IDs were trimmed for MariaDB's CHAR(18); after normalisation the findings are the same.
    assert.deepEqual(maria.expectedFindings, lite.expectedFindings);
  } finally {
    await dropDatabases(MARIADB, Object.values(names));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
