/**
 * The sample county the disbursement end-to-end tests share: a whole hub over a generated county
 * with the missed-payment cases planted in the departments' files, and what an analyst would read
 * with SQL directly on those files to check the hub's answers.
 */
import Database from 'better-sqlite3';
import type { Department } from '../lib/departments.js';
import type { DepartmentDatabase } from '../adapters/database.js';
import { isValidIdNumber, normaliseIdNumber } from '../lib/id-number.js';
import { sqliteFileOf } from '../sample-data/writers.js';
import assert from './assert.js';
import { gatewayRequest, startHub, type TestHub } from './hub.js';
import { validIdNumber } from './id-numbers.js';

const PAD = 'char(32, 9, 10, 13, 12288)';
/** SQL of a normalised ID number column, as the hub normalises it. */
export const NORM_ID = (column: string) => `UPPER(TRIM(${column}, ${PAD}))`;
/** SQL of a padded legacy text column, trimmed. */
export const TRIM = (column: string) => `TRIM(${column}, ${PAD})`;

export function openDepartment(hub: TestHub, department: Department, readonly = true): Database.Database {
  return new Database(sqliteFileOf(hub.dataDir, department), { readonly });
}

export function query<T>(hub: TestHub, department: Department, sql: string, ...params: unknown[]): T[] {
  const db = openDepartment(hub, department);
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Sends an operation through the gateway and expects an answer without errors. */
export async function ask(hub: TestHub, text: string, variables: Record<string, unknown> = {}) {
  const result = await gatewayRequest(hub.gatewayUrl, text, variables);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

export interface FinanceLine {
  MXID: number;
  PCH: string;
  SFZH: string | null;
  JE: number | null;
  FFZTDM: string | null;
  SBYY: string | null;
  DZSJ: string | null;
  XMDM: string | null;
  FFQJ: string | null;
  XZQHDM: string | null;
  TJSJ: string | null;
}

/** Persons planted for the missed-payment check (IDs from a region the sample never uses). */
export const PLANTED = {
  missed: validIdNumber('110101', '19300101', '901'),
  paid: validIdNumber('110101', '19300101', '902'),
  deceased: validIdNumber('110101', '19300101', '903'),
  levelThree: validIdNumber('110101', '19300101', '904'),
  elsewhere: validIdNumber('110101', '19300101', '905'),
};

export const PERIOD = '202403';

export interface DisbursementCounty {
  hub: TestHub;
  /** Each department subgraph's database, to count the statements a question costs. */
  databases: Map<Department, DepartmentDatabase>;
  /** Every line of finance's files, with its batch, in line-id order. */
  lines: FinanceLine[];
  /** The first programme for the severely disabled, and the county of its first batch in PERIOD. */
  severeProgramme: string;
  severeCounty: string;
}

/** Plants the missed-payment cases: the subgraphs read these files at query time. */
function plantMissedPayments(hub: TestHub, village: string, batchNumber: string): void {
  const register = openDepartment(hub, 'PUBLIC_SECURITY', false);
  const person = register.prepare(`INSERT INTO RK_RYJBXX (GMSFHM, XM, XBDM, CSRQ, MZDM, HJDZ_XZQHDM, HJDZ_DZMC, RYZTDM, SWRQ, ZXRQ, GXSJ) VALUES (?, '测试', '1', '19300101', '01', ?, '某村', ?, ?, NULL, '2024-01-01 00:00:00')`);
  person.run(PLANTED.missed, village, '0', null);
  person.run(PLANTED.paid, village, '0', null);
  person.run(PLANTED.deceased, village, '1', '20240115');
  person.run(PLANTED.levelThree, village, '0', null);
  person.run(PLANTED.elsewhere, '110101001001', '0', null);
  register.close();
  const disability = openDepartment(hub, 'DISABILITY', false);
  const certificate = disability.prepare(`INSERT INTO CJR_ZXX (CJRZH, SFZH, XM, CJLBDM, CJDJDM, FZRQ, YXQZ, ZXRQ) VALUES (?, ?, '测试', '4', ?, '20200101', '20300101', NULL)`);
  for (const [id, level] of [[PLANTED.missed, '1'], [PLANTED.paid, '2'], [PLANTED.deceased, '1'], [PLANTED.levelThree, '3'], [PLANTED.elsewhere, '1']] as const) certificate.run(`${id}4${level}`, id, level);
  disability.close();
  // The sample county employs nobody through an employer at this size: one planted person is.
  const hr = openDepartment(hub, 'HR', false);
  const employment = hr.prepare(`INSERT INTO CB_DWCBRY (SFZH, DWBH, DWMC, DWLXDM, CBKSRQ, CBZZRQ) VALUES (?, ?, ?, ?, ?, ?)`);
  employment.run(PLANTED.missed, 'DW001', '某镇人民政府', '10', '20100101', '20150101');
  employment.run(PLANTED.missed, 'DW002', '某公司', '30', '20150201', null);
  hr.close();
  const finance = openDepartment(hub, 'FINANCE', false);
  finance.prepare(`INSERT INTO FF_MX (MXID, PCH, SFZH, XM, YHZH, JE, FFZTDM, SBYY, DZSJ) VALUES (999999001, ?, ?, '测试', '6228000000000000', 100.00, '0', NULL, NULL)`).run(batchNumber, PLANTED.paid);
  finance.close();
}

export async function startDisbursementCounty(): Promise<DisbursementCounty> {
  const databases = new Map<Department, DepartmentDatabase>();
  const hub = await startHub({
    persons: 1500,
    seed: 23,
    // A page of 1,000 lines with every department's facts is costed far above the default limit.
    env: { HUB_LIMIT_COST: '50000000' },
    onDepartmentSubgraph: (department, definition) => databases.set(department, (definition as unknown as { adapter: { db: DepartmentDatabase } }).adapter.db),
  });
  const programmes = query<{ XMDM: string }>(hub, 'FINANCE', `SELECT XMDM FROM BT_XM WHERE ${TRIM('ZGTJ')} = 'DISABLED_SEVERE' ORDER BY XMDM`);
  const severeProgramme = programmes[0]!.XMDM.trim();
  const batch = query<{ PCH: string; XZQHDM: string }>(hub, 'FINANCE', `SELECT PCH, XZQHDM FROM FF_PC WHERE ${TRIM('XMDM')} = ? AND ${TRIM('FFQJ')} = ? ORDER BY PCH`, severeProgramme, PERIOD)[0]!;
  const severeCounty = batch.XZQHDM.trim();
  plantMissedPayments(hub, `${severeCounty}101201`, batch.PCH);
  const lines = query<FinanceLine>(
    hub,
    'FINANCE',
    `SELECT m.MXID, m.PCH, m.SFZH, m.JE, m.FFZTDM, m.SBYY, m.DZSJ, b.XMDM, b.FFQJ, b.XZQHDM, b.TJSJ FROM FF_MX m JOIN FF_PC b ON b.PCH = m.PCH ORDER BY m.MXID`,
  );
  return { hub, databases, lines, severeProgramme, severeCounty };
}

/** Normalised valid ID -> registered division code, straight from the register's table. */
export function registerDivisions(hub: TestHub): Map<string, string | null> {
  const map = new Map<string, string | null>();
  for (const row of query<{ GMSFHM: string; HJDZ_XZQHDM: string | null }>(hub, 'PUBLIC_SECURITY', 'SELECT GMSFHM, HJDZ_XZQHDM FROM RK_RYJBXX')) {
    const id = normaliseIdNumber(row.GMSFHM);
    if (isValidIdNumber(id) && !map.has(id)) map.set(id, row.HJDZ_XZQHDM?.trim() || null);
  }
  return map;
}
