/**
 * The "central copy" the hub avoids, done as well as a DBA with a copy would do it, on MariaDB:
 *
 *   1. COPY: the six departments' databases are copied into one database, each table reduced to
 *      the columns the rules read and normalised once on the way in (ID numbers trimmed with a
 *      final lower-case x upper-cased, names trimmed, codes trimmed with empty as NULL, CHAR(8)
 *      dates kept when they are real calendar dates and an unreadable one read once, per column, as
 *      the rulings say (a long-past sentinel or absent), household heads copied in as members, the
 *      ID validity of each payment line),
 *      binary collation throughout, each table clustered on its normalised ID (cards on the
 *      account number, lines on their id with an index on the batch), statistics refreshed.
 *   2. QUERY: one statement over the copy per scope (a month, optionally a region prefix): every
 *      line of the month with one 0/1 column per rule, duplicates found by a window function
 *      (ROW_NUMBER over person, programme and period), each department's facts by lookups on the
 *      clustered normalised ID, the result held in memory; then the counts per rule.
 *
 * Written from the rules (lib/rules.ts, README "Data rules the adapters apply at the boundary"), not
 * from the hub's code, so the benchmark's per-rule comparison is a real cross-check of the federated
 * engine; bench/validate-central.ts checks it line by line against the sample generator's reference
 * evaluator. Nothing is written to the departments' databases.
 */
import { RULES, type Rule } from '../lib/rules.js';
import type { Department } from '../lib/departments.js';

/** The padding the hub trims (JavaScript `\s` and U+3000), as a PCRE class. */
const PAD = String.raw`[\\t\\n\\x{0B}\\f\\r \\x{00A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]`;

/** Trimmed of legacy padding on both sides; NULL stays NULL. */
const trimmed = (x: string) => `REGEXP_REPLACE(${x}, '^${PAD}+|${PAD}+$', '')`;
/** Trimmed; NULL when empty (codes, account numbers). */
const code = (x: string) => `NULLIF(${trimmed(x)}, '')`;
/** The normalised ID: trimmed, a final lower-case x upper-cased. */
const normId = (x: string) => `REGEXP_REPLACE(${trimmed(x)}, '(?-i)x$', 'X')`;
/** Exact (binary) text comparison, whatever the columns' collations. */
const bin = (x: string) => `CAST(${x} AS BINARY)`;

/**
 * A legacy CHAR(8) `YYYYMMDD` as text when it is a real calendar date, else NULL. A CHAR(8) column
 * cannot hold eight digits plus padding, so the raw value is tested. Years 0000-0099 are refused as
 * the hub's date check refuses them.
 */
function legacyDate(x: string): string {
  return `(CASE WHEN ${x} REGEXP '^[0-9]{8}$' AND SUBSTR(${x}, 1, 4) >= '0100' AND SUBSTR(${x}, 5, 2) BETWEEN '01' AND '12'
    AND SUBSTR(${x}, 7, 2) BETWEEN '01' AND DATE_FORMAT(LAST_DAY(CONCAT(SUBSTR(${x}, 1, 4), '-', SUBSTR(${x}, 5, 2), '-01')), '%d')
    THEN ${x} END)`;
}

/**
 * A date column as `legacyDate`, with an unreadable value (given, not empty, not a real date) read
 * as `sentinel` (Ruling 1: the reading that flags the line): `'00000000'` sorts before every real
 * date (already ended / already started / already dead), NULL reads as absent (never started /
 * never released / still open).
 */
function readDate(x: string, sentinel: '00000000' | null): string {
  return sentinel === null ? legacyDate(x) : `COALESCE(${legacyDate(x)}, IF(${code(x)} IS NULL, NULL, '${sentinel}'))`;
}
/** An unreadable date reads as long past. */
const PAST = '00000000' as const;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: 18 characters, 17 digits and a digit or X, a real birth date, the MOD 11-2 check character. */
function validId(x: string): string {
  const sum = WEIGHTS.map((w, i) => `SUBSTR(${x}, ${i + 1}, 1) * ${w}`).join(' + ');
  return `(CHAR_LENGTH(${x}) = 18 AND ${bin(x)} REGEXP '^[0-9]{17}[0-9X]$'
    AND ${legacyDate(`SUBSTR(${x}, 7, 8)`)} IS NOT NULL
    AND SUBSTR('10X98765432', MOD(${sum}, 11) + 1, 1) = ${bin(`RIGHT(${x}, 1)`)})`;
}

export type DatabaseNames = Record<Department, string>;

export interface Statement {
  label: string;
  sql: string;
  params: unknown[];
}

// ---- 1. the copy ---------------------------------------------------------------------------------

/** Text columns of the copy compare exactly, trailing blanks included. */
const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin';
const ID = 'VARCHAR(64) NOT NULL';
const DATE = 'CHAR(8) NULL';
const CODE = 'VARCHAR(40) NULL';

/**
 * Statements (one connection, in order) that build the normalised copy of the six databases in
 * `copy`, a database they drop and create. Each table keeps one row per source row.
 */
export function centralCopy(db: DatabaseNames, copy: string): Statement[] {
  const F = `\`${db.FINANCE}\``;
  const P = `\`${db.PUBLIC_SECURITY}\``;
  const J = `\`${db.JUSTICE}\``;
  const C = `\`${db.CIVIL_AFFAIRS}\``;
  const H = `\`${db.HR}\``;
  const D = `\`${db.DISABILITY}\``;
  const T = (table: string) => `\`${copy}\`.${table}`;
  const table = (label: string, name: string, columns: string, select: string): Statement => ({
    label,
    sql: `CREATE TABLE ${T(name)} (${columns}) ${TABLE_OPTIONS} ${select}`,
    params: [],
  });
  return [
    { label: 'drop the copy database', sql: `DROP DATABASE IF EXISTS \`${copy}\``, params: [] },
    { label: 'create the copy database', sql: `CREATE DATABASE \`${copy}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin`, params: [] },
    table(
      'register (RK_RYJBXX)',
      'person',
      `nid ${ID}, src VARCHAR(40) NOT NULL, xm VARCHAR(64) NULL, csrq ${DATE}, swrq ${DATE}, ryzt ${CODE}, zxrq ${DATE}, hjd_county VARCHAR(12) NOT NULL, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('GMSFHM')} AS nid, GMSFHM AS src, ${trimmed('XM')} AS xm, ${legacyDate('CSRQ')} AS csrq, ${readDate('SWRQ', PAST)} AS swrq,
         ${code('RYZTDM')} AS ryzt, ${readDate('ZXRQ', PAST)} AS zxrq, LEFT(COALESCE(${code('HJDZ_XZQHDM')}, ''), 6) AS hjd_county
       FROM ${P}.RK_RYJBXX`,
    ),
    table(
      'sentences (ZF_XFZX)',
      'sentence',
      `nid ${ID}, src VARCHAR(40) NOT NULL, xzdm ${CODE}, xqqr ${DATE}, xqzr ${DATE}, sjsfrq ${DATE}, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('ZJHM')} AS nid, ZFBH AS src, ${code('XZDM')} AS xzdm, ${readDate('XQQR', PAST)} AS xqqr, ${legacyDate('XQZR')} AS xqzr, ${legacyDate('SJSFRQ')} AS sjsfrq
       FROM ${J}.ZF_XFZX WHERE ZJHM IS NOT NULL`,
    ),
    // Dibao and support periods: an unreadable start never started (NULL), an unreadable end has
    // ended (long past).
    table(
      'dibao households (DB_JT)',
      'dibao_household',
      `jtbh VARCHAR(40) NOT NULL, src VARCHAR(40) NOT NULL, nbrq ${DATE}, tbrq ${DATE}, PRIMARY KEY (jtbh, src)`,
      `SELECT ${trimmed('JTBH')} AS jtbh, JTBH AS src, ${legacyDate('NBRQ')} AS nbrq, ${readDate('TBRQ', PAST)} AS tbrq FROM ${C}.DB_JT`,
    ),
    // A household head listed only in DB_JT.HZSFZH is a member all the same: heads are copied in as
    // members of their own household.
    table(
      'dibao members (DB_JTCY, DB_JT.HZSFZH)',
      'dibao_member',
      `nid ${ID}, src VARCHAR(48) NOT NULL, jtbh VARCHAR(40) NULL, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('SFZH')} AS nid, CONCAT('m', CYID) AS src, ${trimmed('JTBH')} AS jtbh FROM ${C}.DB_JTCY WHERE SFZH IS NOT NULL
       UNION ALL
       SELECT ${normId('HZSFZH')} AS nid, CONCAT('h', JTBH) AS src, ${trimmed('JTBH')} AS jtbh FROM ${C}.DB_JT WHERE HZSFZH IS NOT NULL`,
    ),
    table(
      'supported persons (TK_GYRY)',
      'tekun',
      `nid ${ID}, src BIGINT NOT NULL, ksrq ${DATE}, zzrq ${DATE}, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('SFZH')} AS nid, GYID AS src, ${legacyDate('KSRQ')} AS ksrq, ${readDate('ZZRQ', PAST)} AS zzrq
       FROM ${C}.TK_GYRY WHERE SFZH IS NOT NULL`,
    ),
    table(
      'social security cards (SBK_KXX)',
      'card',
      `acct VARCHAR(64) NOT NULL, src VARCHAR(40) NOT NULL, holder VARCHAR(64) NULL, status VARCHAR(8) NOT NULL, PRIMARY KEY (acct, src)`,
      `SELECT ${code('YHZH')} AS acct, SBKH AS src, NULLIF(${normId('SFZH')}, '') AS holder, COALESCE(${code('KZTDM')}, '') AS status
       FROM ${H}.SBK_KXX WHERE ${code('YHZH')} IS NOT NULL`,
    ),
    table(
      'insured employees (CB_DWCBRY)',
      'employee',
      `nid ${ID}, src BIGINT NOT NULL, dwlx ${CODE}, cbksrq ${DATE}, cbzzrq ${DATE}, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('SFZH')} AS nid, ID AS src, ${code('DWLXDM')} AS dwlx, ${readDate('CBKSRQ', PAST)} AS cbksrq, ${legacyDate('CBZZRQ')} AS cbzzrq
       FROM ${H}.CB_DWCBRY WHERE SFZH IS NOT NULL`,
    ),
    table(
      'disability certificates (CJR_ZXX)',
      'certificate',
      `nid ${ID}, src VARCHAR(40) NOT NULL, level ${CODE}, fzrq ${DATE}, yxqz ${DATE}, zxrq ${DATE}, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('SFZH')} AS nid, CJRZH AS src, ${code('CJDJDM')} AS level, ${legacyDate('FZRQ')} AS fzrq, ${legacyDate('YXQZ')} AS yxqz, ${readDate('ZXRQ', PAST)} AS zxrq
       FROM ${D}.CJR_ZXX WHERE SFZH IS NOT NULL`,
    ),
    table(
      'subsidy accounts (BT_DXZH)',
      'account',
      `nid ${ID}, src BIGINT NOT NULL, acct VARCHAR(64) NULL, zt ${CODE}, PRIMARY KEY (nid, src)`,
      `SELECT ${normId('SFZH')} AS nid, ZHID AS src, ${code('YHZH')} AS acct, ${code('ZT')} AS zt FROM ${F}.BT_DXZH WHERE SFZH IS NOT NULL`,
    ),
    table(
      'programmes (BT_XM)',
      'programme',
      `xmdm VARCHAR(40) NOT NULL, cond ${CODE}, bzje DECIMAL(10,2) NULL, KEY (xmdm)`,
      `SELECT ${code('XMDM')} AS xmdm, ${code('ZGTJ')} AS cond, BZJE AS bzje FROM ${F}.BT_XM WHERE ${code('XMDM')} IS NOT NULL`,
    ),
    table(
      'batches (FF_PC)',
      'batch',
      `pch VARCHAR(40) NOT NULL PRIMARY KEY, xmdm ${CODE}, ffqj VARCHAR(12) NULL, d ${DATE}, county VARCHAR(12) NULL, KEY (ffqj)`,
      // d: the first day of the period, the date every rule is judged at.
      `SELECT PCH AS pch, ${code('XMDM')} AS xmdm, ${code('FFQJ')} AS ffqj, CONCAT(${code('FFQJ')}, '01') AS d, ${code('XZQHDM')} AS county FROM ${F}.FF_PC`,
    ),
    table(
      'payment lines (FF_MX)',
      'line',
      `mxid BIGINT NOT NULL, pch VARCHAR(40) NOT NULL, nid ${ID}, valid TINYINT NOT NULL, xm VARCHAR(64) NULL,
       acct VARCHAR(64) NULL, failed TINYINT NOT NULL, je DECIMAL(12,2) NULL, PRIMARY KEY (pch, mxid)`,
      `SELECT l.*, ${validId('l.nid')} IS TRUE AS valid FROM (
         SELECT MXID AS mxid, PCH AS pch, COALESCE(${normId('SFZH')}, '') AS nid, ${trimmed('XM')} AS xm, ${code('YHZH')} AS acct,
           COALESCE(${code('FFZTDM')}, '') = '2' AS failed, JE AS je
         FROM ${F}.FF_MX) l`,
    ),
    // The optimiser's statistics, as a DBA would refresh them after a load.
    { label: 'statistics', sql: `ANALYZE TABLE ${['person', 'sentence', 'dibao_household', 'dibao_member', 'tekun', 'card', 'employee', 'certificate', 'account', 'programme', 'batch', 'line'].map(T).join(', ')}`, params: [] },
  ];
}

// ---- 2. the query --------------------------------------------------------------------------------

export interface CentralQuery {
  /** Run in order on one connection; the last one returns one row of counts per rule (and `line_count`). */
  statements: Statement[];
  /** Lists the lines one rule flagged, once the statements ran (for investigating a disagreement). */
  linesOf(rule: Rule, limit: number): string;
  /** Lists every flagged line of the scope with its 0/1 column per rule, once the statements ran. */
  flagged: string;
  cleanup: string[];
}

/** The scope of one query: every batch of a month, of the counties under a division-code prefix. */
export interface CentralScope {
  period: string;
  /** Division-code prefix of the batches' counties (an analyst's region); none: every county. */
  region?: string;
}

/** `[start, end)`; a missing start is never active, a missing end is open. */
const active = (d: string, start: string, end: string) => `(${start} <= ${d} AND (${end} IS NULL OR ${d} < ${end}))`;

export function centralQuery(copy: string, scope: CentralScope): CentralQuery {
  const T = (table: string) => `\`${copy}\`.${table}`;
  const d = 'l.d';
  const known = '(r.nid IS NOT NULL)';
  const dibao = `l.cond IN ('DIBAO', 'DIBAO_DISABLED')`;
  const disabled = `l.cond IN ('DISABLED_ANY', 'DISABLED_SEVERE', 'DIBAO_DISABLED')`;
  const validCertificate = `z.fzrq <= ${d} AND ${d} <= z.yxqz AND (z.zxrq IS NULL OR ${d} < z.zxrq)`;

  const flags: Record<Rule, string> = {
    ID_INVALID: `NOT l.valid`,
    PERSON_UNKNOWN: `l.valid AND r.nid IS NULL`,
    // A line with no name is a mismatch whatever the register holds.
    NAME_MISMATCH: `${known} AND (COALESCE(l.xm, '') = '' OR l.xm <> COALESCE(r.xm, ''))`,
    DECEASED: `${known} AND r.swrq < ${d}`,
    REGISTRATION_CANCELLED: `${known} AND r.ryzt = '2' AND r.zxrq < ${d}`,
    REGION_MISMATCH: `${known} AND NOT (r.hjd_county <=> l.county)`,
    IN_CUSTODY: `${known} AND EXISTS (SELECT 1 FROM ${T('sentence')} s WHERE s.nid = l.nid AND s.xzdm IN ('01', '02', '03', '04')
      AND ${active(d, 's.xqqr', 'COALESCE(s.sjsfrq, s.xqzr)')})`,
    DUPLICATE_PAYMENT: `l.valid AND l.nth > 1`,
    ACCOUNT_NOT_REGISTERED: `l.valid AND l.accounts % 2 = 0`,
    MULTIPLE_ACCOUNTS: `l.valid AND l.accounts >= 4`,
    CARD_HOLDER_MISMATCH: `${known} AND l.cards & 1`,
    CARD_NOT_ACTIVE: `${known} AND l.cards & 2`,
    AMOUNT_ABOVE_STANDARD: `l.valid AND l.bzje IS NOT NULL AND l.je > l.bzje`,
    NOT_ON_DIBAO: `${known} AND ${dibao} AND NOT EXISTS (
      SELECT 1 FROM ${T('dibao_member')} m JOIN ${T('dibao_household')} h ON h.jtbh = m.jtbh
      WHERE m.nid = l.nid AND ${active(d, 'h.nbrq', 'h.tbrq')})`,
    NOT_SUPPORTED_PERSON: `${known} AND l.cond = 'TEKUN' AND NOT EXISTS (
      SELECT 1 FROM ${T('tekun')} t WHERE t.nid = l.nid AND ${active(d, 't.ksrq', 't.zzrq')})`,
    NO_VALID_DISABILITY_CERT: `${known} AND ${disabled} AND NOT EXISTS (SELECT 1 FROM ${T('certificate')} z WHERE z.nid = l.nid AND ${validCertificate})`,
    // Some certificate valid at d and none of the valid ones of level 1 or 2 (an unknown level code
    // proves no severe disability).
    DISABILITY_LEVEL_TOO_LOW: `${known} AND l.cond = 'DISABLED_SEVERE' AND (
      SELECT COUNT(*) > 0 AND MAX(COALESCE(z.level IN ('1', '2'), 0)) = 0 FROM ${T('certificate')} z WHERE z.nid = l.nid AND ${validCertificate})`,
    // No readable register date of birth: the one inside the (valid) ID number decides.
    UNDER_AGE: `${known} AND l.cond = 'AGE_80'
      AND CAST(LEFT(${d}, 4) AS SIGNED) - CAST(LEFT(COALESCE(r.csrq, SUBSTR(l.nid, 7, 8)), 4) AS SIGNED)
        - (SUBSTR(${d}, 5, 4) < SUBSTR(COALESCE(r.csrq, SUBSTR(l.nid, 7, 8)), 5, 4)) < 80`,
    PUBLIC_EMPLOYEE_ON_DIBAO: `${known} AND ${dibao} AND EXISTS (
      SELECT 1 FROM ${T('employee')} e WHERE e.nid = l.nid AND e.dwlx IN ('10', '20') AND ${active(d, 'e.cbksrq', 'e.cbzzrq')})`,
  };
  const region = scope.region ?? '';
  if (!/^\d{6}$/.test(scope.period) || !/^\d*$/.test(region)) throw new Error('the scope is a YYYYMM period and a division-code prefix of digits');
  return {
    statements: [
      // The findings are kept in memory (a MEMORY table may grow to max_heap_table_size); the pass's
      // own temporary table keeps the server's size, above which it goes to disk: holding a
      // million wide lines in memory (fixed-width rows) was three times slower.
      { label: 'session settings', sql: 'SET SESSION max_heap_table_size = 4294967296', params: [] },
      {
        label: 'one pass over the month',
        // Every line of the month is numbered among the payments of the same person, programme and
        // period that did not fail (all counties: an earlier payment elsewhere is still a
        // duplicate); the scope's counties are kept afterwards. Each of the person's subsidy
        // accounts and the cards of the line's account are looked up once per line: `accounts` is
        // twice the number of distinct active accounts, plus 1 when the line's account is one of
        // them; `cards` has bit 1 for a card held by someone else, bit 2 for a card not active.
        sql: `CREATE TEMPORARY TABLE central_flags ENGINE=MEMORY
          SELECT l.mxid, ${RULES.map((rule) => `((${flags[rule]}) IS TRUE) AS ${rule}`).join(',\n            ')}
          FROM (
            SELECT l.mxid, l.nid, l.valid, l.xm, l.je, b.county, b.d, x.cond, x.bzje,
              IF(l.failed OR b.xmdm IS NULL, 0, ROW_NUMBER() OVER (PARTITION BY l.failed, l.nid, b.xmdm ORDER BY l.mxid)) AS nth,
              (SELECT COUNT(DISTINCT a.acct) * 2 + COALESCE(MAX(a.acct = l.acct), 0) FROM ${T('account')} a WHERE a.nid = l.nid AND a.zt = '1') AS accounts,
              (SELECT BIT_OR(IF(c.holder IS NOT NULL AND c.holder <> l.nid, 1, 0) | IF(c.status <> '1', 2, 0)) FROM ${T('card')} c WHERE c.acct = l.acct) AS cards
            FROM ${T('batch')} b JOIN ${T('line')} l ON l.pch = b.pch LEFT JOIN ${T('programme')} x ON x.xmdm = b.xmdm
            WHERE b.ffqj = ?
          ) l
          LEFT JOIN ${T('person')} r ON l.valid AND r.nid = l.nid
          WHERE l.county LIKE CONCAT(?, '%')`,
        params: [scope.period, region],
      },
      { label: 'counts per rule', sql: `SELECT ${RULES.map((rule) => `COALESCE(SUM(${rule}), 0) AS ${rule}`).join(', ')}, COUNT(*) AS line_count FROM central_flags`, params: [] },
    ],
    linesOf: (rule, limit) => `SELECT mxid AS MXID FROM central_flags WHERE ${rule} = 1 ORDER BY mxid LIMIT ${Math.trunc(limit)}`,
    flagged: `SELECT mxid, ${RULES.join(', ')} FROM central_flags WHERE ${RULES.join(' OR ')}`,
    cleanup: ['DROP TEMPORARY TABLE IF EXISTS central_flags'],
  };
}
