/**
 * The "central copy" the hub avoids: every rule of crosscheck-rules.md as a few SQL statements over
 * the six departments' databases joined in one MariaDB server (`czj_ykt.FF_MX JOIN gaj_rk.RK_RYJBXX
 * ...`). Written independently of the hub's code, from the rules and the hub's documented data rules
 * (README "Data rules the adapters apply at the boundary"), so the benchmark's per-rule counts are
 * a real cross-check of the federated engine and not the same code run twice.
 *
 * Statements (all on one connection, temporary tables only, nothing written to the departments):
 *   1. the batch's lines, normalised (ID, name, account, codes, period start `d`);
 *   2. their ID validity (GB 11643: length, digits, birth date, MOD 11-2 check character);
 *   3. the social security cards whose account number carries legacy padding (rare; indexed
 *      equality cannot find them, so they are set aside once, trimmed);
 *   4. one row per line with one 0/1 column per rule (the joins across the six databases);
 *   5. the counts per rule.
 *
 * Index use: on MariaDB a CHAR(18) ID column cannot hold a padded 18-character ID (strict mode
 * rejects it), so the only dirty spelling of a valid ID it can hold is a lower-case `x`, which the
 * departments' case-insensitive collation already equates with `X`. Equality between a department's
 * raw ID column and the line's normalised ID is therefore exactly "their normalised IDs are equal",
 * and stays on the column's index — the same argument the hub's adapters make (adapters/sql-dialect.ts).
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

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

function validId(x: string): string {
  const sum = WEIGHTS.map((w, i) => `SUBSTR(${x}, ${i + 1}, 1) * ${w}`).join(' + ');
  return `(CHAR_LENGTH(${x}) = 18 AND ${bin(x)} REGEXP '^[0-9]{17}[0-9X]$'
    AND ${legacyDate(`SUBSTR(${x}, 7, 8)`)} IS NOT NULL
    AND SUBSTR('10X98765432', MOD(${sum}, 11) + 1, 1) = ${bin(`RIGHT(${x}, 1)`)})`;
}

/** `[start, end)` with readable dates; an unreadable or missing start is never active, a missing end is open. */
function activeAt(d: string, start: string, end: string, unreadableEndHasEnded = false): string {
  const s = legacyDate(start);
  const e = legacyDate(end);
  const open = unreadableEndHasEnded ? `(${code(end)} IS NULL)` : `(${e} IS NULL)`;
  return `(${s} <= ${d} AND (${open} OR ${d} < ${e}))`;
}

export type DatabaseNames = Record<Department, string>;

export interface CentralStatements {
  /** Run in order on one connection; the last one returns one row of counts per rule. */
  statements: { label: string; sql: string; params: unknown[] }[];
  /** Lists the lines one rule flagged (for investigating a disagreement). */
  linesOf(rule: Rule, limit: number): string;
  cleanup: string[];
}

export function centralStatements(db: DatabaseNames, batchNumber: string): CentralStatements {
  const F = `\`${db.FINANCE}\``;
  const P = `\`${db.PUBLIC_SECURITY}\``;
  const J = `\`${db.JUSTICE}\``;
  const C = `\`${db.CIVIL_AFFAIRS}\``;
  const H = `\`${db.HR}\``;
  const D = `\`${db.DISABILITY}\``;
  const d = 'l.d';
  const known = '(r.GMSFHM IS NOT NULL)';
  const dibao = `l.cond IN ('DIBAO', 'DIBAO_DISABLED')`;
  const disabled = `l.cond IN ('DISABLED_ANY', 'DISABLED_SEVERE', 'DIBAO_DISABLED')`;
  const validCertificate = (alias: string) =>
    `(${legacyDate(`${alias}.FZRQ`)} <= ${d} AND ${d} <= ${legacyDate(`${alias}.YXQZ`)} AND (${legacyDate(`${alias}.ZXRQ`)} IS NULL OR ${d} < ${legacyDate(`${alias}.ZXRQ`)}))`;
  const release = `COALESCE(${legacyDate('s.SJSFRQ')}, ${legacyDate('s.XQZR')})`;
  // Cards carrying the line's account: by index on the raw column (PAD SPACE ignores trailing blanks), or set aside as padded.
  const cardExists = (condition: (holder: string, status: string) => string) => `(l.acct IS NOT NULL AND (
      EXISTS (SELECT 1 FROM ${H}.SBK_KXX c WHERE c.YHZH = l.acct AND ${bin(code('c.YHZH'))} = ${bin('l.acct')} AND ${condition('c.SFZH', 'c.KZTDM')})
      OR EXISTS (SELECT 1 FROM central_padded_cards c WHERE c.acct = l.acct AND ${bin('c.acct')} = ${bin('l.acct')} AND ${condition('c.SFZH', 'c.KZTDM')})))`;

  const flags: Record<Rule, string> = {
    ID_INVALID: `NOT l.valid`,
    PERSON_UNKNOWN: `l.valid AND r.GMSFHM IS NULL`,
    NAME_MISMATCH: `${known} AND ${bin(`COALESCE(l.xm, '')`)} <> ${bin(`COALESCE(${trimmed('r.XM')}, '')`)}`,
    DECEASED: `${known} AND ${legacyDate('r.SWRQ')} < ${d}`,
    REGISTRATION_CANCELLED: `${known} AND ${code('r.RYZTDM')} = '2' AND ${legacyDate('r.ZXRQ')} < ${d}`,
    REGION_MISMATCH: `${known} AND NOT (${bin(`LEFT(COALESCE(${code('r.HJDZ_XZQHDM')}, ''), 6)`)} <=> ${bin('l.county')})`,
    IN_CUSTODY: `${known} AND EXISTS (SELECT 1 FROM ${J}.ZF_XFZX s WHERE s.ZJHM = l.nid AND ${code('s.XZDM')} IN ('01', '02', '03', '04')
      AND ${legacyDate('s.XQQR')} <= ${d} AND (${release} IS NULL OR ${d} < ${release}))`,
    DUPLICATE_PAYMENT: `l.valid AND NOT l.failed AND l.xmdm IS NOT NULL AND l.ffqj IS NOT NULL AND EXISTS (
      SELECT 1 FROM ${F}.FF_MX o JOIN ${F}.FF_PC op ON op.PCH = o.PCH
      WHERE o.SFZH = l.nid AND o.MXID < l.MXID AND COALESCE(${code('o.FFZTDM')}, '') <> '2'
        AND ${bin(code('op.XMDM'))} = ${bin('l.xmdm')} AND ${bin(code('op.FFQJ'))} = ${bin('l.ffqj')})`,
    ACCOUNT_NOT_REGISTERED: `l.valid AND (l.acct IS NULL OR NOT EXISTS (
      SELECT 1 FROM ${F}.BT_DXZH a WHERE a.SFZH = l.nid AND ${code('a.ZT')} = '1' AND ${bin(code('a.YHZH'))} = ${bin('l.acct')}))`,
    MULTIPLE_ACCOUNTS: `l.valid AND (SELECT COUNT(DISTINCT ${bin(code('a.YHZH'))}) FROM ${F}.BT_DXZH a WHERE a.SFZH = l.nid AND ${code('a.ZT')} = '1') >= 2`,
    CARD_HOLDER_MISMATCH: `${known} AND ${cardExists((holder) => `NULLIF(${normId(holder)}, '') IS NOT NULL AND ${bin(normId(holder))} <> ${bin('l.nid')}`)}`,
    CARD_NOT_ACTIVE: `${known} AND ${cardExists((_holder, status) => `COALESCE(${code(status)}, '') <> '1'`)}`,
    AMOUNT_ABOVE_STANDARD: `l.valid AND l.bzje IS NOT NULL AND l.je > l.bzje`,
    NOT_ON_DIBAO: `${known} AND ${dibao} AND NOT EXISTS (
      SELECT 1 FROM ${C}.DB_JTCY mb JOIN ${C}.DB_JT h ON h.JTBH = ${trimmed('mb.JTBH')}
      WHERE mb.SFZH = l.nid AND ${activeAt(d, 'h.NBRQ', 'h.TBRQ', true)})`,
    NOT_SUPPORTED_PERSON: `${known} AND l.cond = 'TEKUN' AND NOT EXISTS (
      SELECT 1 FROM ${C}.TK_GYRY t WHERE t.SFZH = l.nid AND ${activeAt(d, 't.KSRQ', 't.ZZRQ', true)})`,
    NO_VALID_DISABILITY_CERT: `${known} AND ${disabled} AND NOT EXISTS (SELECT 1 FROM ${D}.CJR_ZXX z WHERE z.SFZH = l.nid AND ${validCertificate('z')})`,
    // The most severe valid certificate decides: level 3 or 4 with no valid level 1 or 2 beside it.
    DISABILITY_LEVEL_TOO_LOW: `${known} AND l.cond = 'DISABLED_SEVERE'
      AND EXISTS (SELECT 1 FROM ${D}.CJR_ZXX z WHERE z.SFZH = l.nid AND ${validCertificate('z')} AND ${code('z.CJDJDM')} IN ('3', '4'))
      AND NOT EXISTS (SELECT 1 FROM ${D}.CJR_ZXX z WHERE z.SFZH = l.nid AND ${validCertificate('z')} AND ${code('z.CJDJDM')} IN ('1', '2'))`,
    UNDER_AGE: `${known} AND l.cond = 'AGE_80' AND ${legacyDate('r.CSRQ')} IS NOT NULL
      AND CAST(LEFT(${d}, 4) AS SIGNED) - CAST(LEFT(r.CSRQ, 4) AS SIGNED) - (SUBSTR(${d}, 5, 4) < SUBSTR(r.CSRQ, 5, 4)) < 80`,
    PUBLIC_EMPLOYEE_ON_DIBAO: `${known} AND ${dibao} AND EXISTS (
      SELECT 1 FROM ${H}.CB_DWCBRY e WHERE e.SFZH = l.nid AND ${code('e.DWLXDM')} IN ('10', '20') AND ${activeAt(d, 'e.CBKSRQ', 'e.CBZZRQ')})`,
  };

  const statements = [
    {
      label: 'lines of the batch, normalised',
      sql: `CREATE TEMPORARY TABLE central_lines (
          MXID BIGINT NOT NULL PRIMARY KEY, nid VARCHAR(64) NOT NULL, valid TINYINT NOT NULL DEFAULT 0,
          xm VARCHAR(64) NULL, acct VARCHAR(64) NULL, failed TINYINT NOT NULL, je DECIMAL(12,2) NULL,
          xmdm VARCHAR(40) NULL, ffqj VARCHAR(12) NULL, d CHAR(8) NOT NULL, county VARCHAR(12) NULL,
          cond VARCHAR(40) NULL, bzje DECIMAL(10,2) NULL, KEY (nid), KEY (acct)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
        SELECT m.MXID, COALESCE(${normId('m.SFZH')}, '') AS nid, ${trimmed('m.XM')} AS xm, ${code('m.YHZH')} AS acct,
          COALESCE(${code('m.FFZTDM')}, '') = '2' AS failed, m.JE AS je, ${code('p.XMDM')} AS xmdm, ${code('p.FFQJ')} AS ffqj,
          CONCAT(${code('p.FFQJ')}, '01') AS d, ${code('p.XZQHDM')} AS county, ${code('x.ZGTJ')} AS cond, x.BZJE AS bzje
        FROM ${F}.FF_MX m JOIN ${F}.FF_PC p ON p.PCH = m.PCH LEFT JOIN ${F}.BT_XM x ON x.XMDM = p.XMDM
        WHERE m.PCH = ?`,
      params: [batchNumber],
    },
    { label: 'ID validity', sql: `UPDATE central_lines SET valid = ${validId('nid')}`, params: [] },
    {
      label: 'padded card accounts',
      sql: `CREATE TEMPORARY TABLE central_padded_cards (acct VARCHAR(64) NULL, SFZH VARCHAR(64) NULL, KZTDM VARCHAR(8) NULL, KEY (acct)) ENGINE=InnoDB
        SELECT ${code('YHZH')} AS acct, SFZH, KZTDM FROM ${H}.SBK_KXX WHERE YHZH REGEXP '^${PAD}|${PAD}$'`,
      params: [],
    },
    {
      label: 'rules over the six databases',
      sql: `CREATE TEMPORARY TABLE central_flags ENGINE=InnoDB
        SELECT l.MXID, ${RULES.map((rule) => `((${flags[rule]}) IS TRUE) AS ${rule}`).join(',\n          ')}
        FROM central_lines l LEFT JOIN ${P}.RK_RYJBXX r ON l.valid = 1 AND r.GMSFHM = l.nid`,
      params: [],
    },
    { label: 'counts per rule', sql: `SELECT ${RULES.map((rule) => `COALESCE(SUM(${rule}), 0) AS ${rule}`).join(', ')}, COUNT(*) AS line_count FROM central_flags`, params: [] },
  ];
  return {
    statements,
    linesOf: (rule, limit) => `SELECT MXID FROM central_flags WHERE ${rule} = 1 ORDER BY MXID LIMIT ${Math.trunc(limit)}`,
    cleanup: ['DROP TEMPORARY TABLE IF EXISTS central_flags', 'DROP TEMPORARY TABLE IF EXISTS central_padded_cards', 'DROP TEMPORARY TABLE IF EXISTS central_lines'],
  };
}
