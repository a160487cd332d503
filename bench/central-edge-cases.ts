/**
 * Edge cases for bench/validate-central.ts that the sample generator plants rarely or never
 * (Rulings 1-4): household heads listed only in DB_JT.HZSFZH, lines and register entries with no
 * name, cards with no holder ID, unreadable dates in every date column the rules read, unknown
 * disability level codes. They are written over a generated sample by plain UPDATE/DELETE
 * statements on a deterministic share of the rows, and the reference evaluator is then run again
 * on the rows as the databases now hold them, so both sides judge the same edited data.
 */
import type { Connection } from 'mysql2/promise';
import { tablesOf } from '../adapters/legacy-tables.js';
import { DEPARTMENTS } from '../lib/departments.js';
import type { ExpectedFinding } from '../sample-data/rows.js';
import { evaluateLines, FactCollector, LineCollector } from '../sample-data/expected-findings.js';
import type { DatabaseNames } from './central-sql.js';

/** Three spellings of an unreadable CHAR(8) date: no 30 February, no month 13, all zeros. */
const JUNK = ['20240230', '20241301', '00000000'];

/** The edits, one statement each, on the sample's department databases. */
export function edgeCaseStatements(db: DatabaseNames): string[] {
  const P = `\`${db.PUBLIC_SECURITY}\``;
  const J = `\`${db.JUSTICE}\``;
  const C = `\`${db.CIVIL_AFFAIRS}\``;
  const H = `\`${db.HR}\``;
  const D = `\`${db.DISABILITY}\``;
  const F = `\`${db.FINANCE}\``;
  const junk = (key: string) => `ELT(MOD(CRC32(${key}), 3) + 1, ${JUNK.map((j) => `'${j}'`).join(', ')})`;
  const share = (key: string, of: number, rest: number) => `MOD(CRC32(${key}), ${of}) = ${rest}`;
  return [
    // Heads of every other household lose their member row: only DB_JT.HZSFZH names them.
    `DELETE m FROM ${C}.DB_JTCY m JOIN ${C}.DB_JT h ON h.JTBH = m.JTBH AND h.HZSFZH = m.SFZH WHERE MOD(m.CYID, 2) = 0`,
    `UPDATE ${C}.DB_JT SET NBRQ = ${junk('JTBH')} WHERE ${share('JTBH', 11, 0)}`,
    `UPDATE ${C}.DB_JT SET TBRQ = ${junk('JTBH')} WHERE ${share('JTBH', 11, 1)}`,
    `UPDATE ${C}.TK_GYRY SET KSRQ = ${junk('GYID')} WHERE ${share('GYID', 9, 0)}`,
    `UPDATE ${C}.TK_GYRY SET ZZRQ = ${junk('GYID')} WHERE ${share('GYID', 9, 1)}`,
    `UPDATE ${H}.CB_DWCBRY SET CBKSRQ = ${junk('ID')} WHERE ${share('ID', 7, 0)}`,
    `UPDATE ${H}.CB_DWCBRY SET CBZZRQ = ${junk('ID')} WHERE ${share('ID', 7, 1)}`,
    `UPDATE ${H}.SBK_KXX SET SFZH = NULL WHERE ${share('SBKH', 5, 0)}`,
    `UPDATE ${H}.SBK_KXX SET SFZH = '' WHERE ${share('SBKH', 5, 1)}`,
    `UPDATE ${J}.ZF_XFZX SET XQQR = ${junk('ZFBH')} WHERE ${share('ZFBH', 6, 0)}`,
    `UPDATE ${J}.ZF_XFZX SET XQZR = ${junk('ZFBH')} WHERE ${share('ZFBH', 6, 1)}`,
    `UPDATE ${J}.ZF_XFZX SET SJSFRQ = ${junk('ZFBH')} WHERE ${share('ZFBH', 6, 2)}`,
    `UPDATE ${J}.ZF_XFZX SET XQZR = ${junk('ZFBH')}, SJSFRQ = '20240229' WHERE ${share('ZFBH', 6, 3)}`,
    `UPDATE ${J}.ZF_XFZX SET XQZR = ${junk('ZFBH')}, SJSFRQ = ${junk('CONCAT(ZFBH, 1)')} WHERE ${share('ZFBH', 6, 4)}`,
    `UPDATE ${D}.CJR_ZXX SET FZRQ = ${junk('CJRZH')} WHERE ${share('CJRZH', 8, 0)}`,
    `UPDATE ${D}.CJR_ZXX SET YXQZ = ${junk('CJRZH')} WHERE ${share('CJRZH', 8, 1)}`,
    `UPDATE ${D}.CJR_ZXX SET ZXRQ = ${junk('CJRZH')} WHERE ${share('CJRZH', 8, 2)}`,
    `UPDATE ${D}.CJR_ZXX SET CJDJDM = '7' WHERE ${share('CJRZH', 8, 3)}`,
    `UPDATE ${D}.CJR_ZXX SET CJDJDM = NULL WHERE ${share('CJRZH', 8, 4)}`,
    `UPDATE ${P}.RK_RYJBXX SET SWRQ = ${junk('GMSFHM')} WHERE ${share('GMSFHM', 13, 0)}`,
    `UPDATE ${P}.RK_RYJBXX SET ZXRQ = ${junk('GMSFHM')} WHERE ${share('GMSFHM', 13, 1)}`,
    `UPDATE ${P}.RK_RYJBXX SET ZXRQ = ${junk('GMSFHM')}, RYZTDM = '2' WHERE ${share('GMSFHM', 13, 2)}`,
    `UPDATE ${P}.RK_RYJBXX SET CSRQ = ${junk('GMSFHM')} WHERE ${share('GMSFHM', 13, 3)}`,
    `UPDATE ${P}.RK_RYJBXX SET CSRQ = IF(MOD(CRC32(GMSFHM), 2) = 0, NULL, '') WHERE ${share('GMSFHM', 13, 4)}`,
    `UPDATE ${P}.RK_RYJBXX SET XM = IF(MOD(CRC32(GMSFHM), 2) = 0, NULL, '') WHERE ${share('GMSFHM', 13, 5)}`,
    // Lines with no name, some of them paid to a person the register names no more than the line.
    `UPDATE ${F}.FF_MX SET XM = NULL WHERE MOD(MXID, 17) = 0`,
    `UPDATE ${F}.FF_MX l JOIN ${P}.RK_RYJBXX r ON r.GMSFHM = l.SFZH SET l.XM = IF(MOD(l.MXID, 2) = 0, NULL, ' ') WHERE COALESCE(r.XM, '') = '' AND MOD(l.MXID, 3) <> 0`,
  ];
}

/** The reference evaluator's findings over the rows the databases hold now. */
export async function referenceFromDatabases(connection: Connection, db: DatabaseNames): Promise<ExpectedFinding[]> {
  const rowsOf = async (department: (typeof DEPARTMENTS)[number]) => {
    const out: Array<[string, Record<string, unknown>[]]> = [];
    for (const table of tablesOf(department)) {
      const [rows] = (await connection.query(`SELECT * FROM \`${db[department]}\`.${table.name}`)) as [Record<string, unknown>[], unknown];
      out.push([table.name, rows]);
    }
    return out;
  };
  const all: Array<[string, Record<string, unknown>[]]> = [];
  for (const department of DEPARTMENTS) all.push(...(await rowsOf(department)));
  const lines = new LineCollector();
  for (const [table, rows] of all) for (const row of rows) lines.row(table as never, row as never);
  const facts = new FactCollector(lines.interest());
  for (const [table, rows] of all) for (const row of rows) facts.row(table as never, row as never);
  return evaluateLines(lines, facts);
}
