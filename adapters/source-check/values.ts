/**
 * Row counts and dirty values, as the adapters will meet them: ID numbers with a lower-case x,
 * padding, a wrong check character or another defect; dates the hub cannot read; codes outside the
 * known values. Examples are masked (ID numbers) or are the stored values themselves (dates, codes).
 */
import type { DataSource } from 'typeorm';
import { ID_NUMBER_PROBLEM_TEXT, idNumberProblem, maskIdNumber, normaliseIdNumber, type IdNumberProblem } from '../../lib/id-number.js';
import { readLegacyDate, toIsoDateTime } from '../../lib/dates.js';
import { normaliseCode, trimLegacyText } from '../../lib/text.js';
import type { DepartmentLayout, TableLayout } from '../mapping/layout.js';
import { sqliteTrimmed } from '../sql-dialect.js';

export interface DirtyCount {
  table: string;
  column: string;
  kind: 'ID_LOWER_X' | 'ID_PADDED' | 'ID_MISSING' | `ID_${IdNumberProblem}` | 'DATE_UNREADABLE' | 'CODE_UNKNOWN';
  rows: number;
  examples: string[];
}

export interface TableCount {
  table: string;
  rows: number;
}

export const DIRTY_TEXT: Record<DirtyCount['kind'], { en: string; zh: string }> = {
  ID_LOWER_X: { en: 'ID number with a lower-case x', zh: '身份号码校验位为小写x' },
  ID_PADDED: { en: 'ID number padded with spaces', zh: '身份号码前后有空格' },
  ID_MISSING: { en: 'ID number empty', zh: '身份号码为空' },
  ID_LENGTH: { en: `ID number ${ID_NUMBER_PROBLEM_TEXT.LENGTH}`, zh: '身份号码长度不是18位' },
  ID_CHARACTERS: { en: `ID number ${ID_NUMBER_PROBLEM_TEXT.CHARACTERS}`, zh: '身份号码含非法字符' },
  ID_BIRTH_DATE: { en: `ID number: ${ID_NUMBER_PROBLEM_TEXT.BIRTH_DATE}`, zh: '身份号码出生日期无效' },
  ID_CHECK_CHARACTER: { en: 'ID number with a wrong check character', zh: '身份号码校验位错误' },
  DATE_UNREADABLE: { en: 'date the hub cannot read', zh: '日期无法识别' },
  CODE_UNKNOWN: { en: 'code outside the known values', zh: '代码不在已知取值内' },
};

const EXAMPLES = 3;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** An ID number already in its normalised, well-formed spelling: 17 digits and a digit or upper-case X. */
function cleanIdSql(sqlite: boolean, c: string): string {
  if (sqlite) return `${c} GLOB '${'[0-9]'.repeat(17)}[0-9X]'`;
  // ASCII() reads the byte, so a case-insensitive collation cannot take x for X.
  return `(${c} REGEXP '^[0-9]{17}[0-9Xx]$' AND ASCII(RIGHT(${c}, 1)) <> 120)`;
}

function checkCharacterSql(c: string): string {
  const sum = WEIGHTS.map((w, i) => `${w} * (SUBSTR(${c}, ${i + 1}, 1) + 0)`).join(' + ');
  return `SUBSTR('10X98765432', ((${sum}) % 11) + 1, 1)`;
}

function quote(sqlite: boolean, name: string): string {
  return sqlite ? `"${name}"` : name.split('.').map((part) => `\`${part}\``).join('.');
}

async function idColumn(ds: DataSource, table: TableLayout, column: string, sqlite: boolean): Promise<DirtyCount[]> {
  const from = quote(sqlite, table.qualified);
  const c = quote(sqlite, table.column(column));
  const counts: DirtyCount[] = [];
  const base = { table: table.documented.name, column };
  // Well-formed rows are most of a register: their check character is computed in SQL.
  const wrongCheck = `${cleanIdSql(sqlite, c)} AND SUBSTR(${c}, 18, 1) <> ${checkCharacterSql(c)}`;
  const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${from} WHERE ${wrongCheck}`);
  const wrongExamples: Array<{ v: string }> = Number(n) ? await ds.query(`SELECT ${c} AS v FROM ${from} WHERE ${wrongCheck} LIMIT ${EXAMPLES}`) : [];
  // The rest (few, in a register that is mostly clean) are judged here as the adapters judge them.
  const dirty: Array<{ v: string | null }> = await ds.query(`SELECT ${c} AS v FROM ${from} WHERE ${c} IS NULL OR NOT ${cleanIdSql(sqlite, c)}`);
  const tally = new Map<DirtyCount['kind'], DirtyCount>();
  const add = (kind: DirtyCount['kind'], raw: string | null) => {
    const entry = tally.get(kind) ?? { ...base, kind, rows: 0, examples: [] };
    entry.rows++;
    if (entry.examples.length < EXAMPLES && raw !== null && kind !== 'ID_MISSING') entry.examples.push(JSON.stringify(maskKeepingPadding(raw)));
    tally.set(kind, entry);
  };
  for (const { v } of dirty) {
    const normalised = normaliseIdNumber(v);
    if (normalised === '') {
      add('ID_MISSING', v);
      continue;
    }
    if (v !== null && trimLegacyText(v) !== v) add('ID_PADDED', v);
    if (v !== null && trimLegacyText(v).endsWith('x')) add('ID_LOWER_X', v);
    const problem = idNumberProblem(normalised);
    if (problem) add(`ID_${problem}`, v);
  }
  const checkEntry = tally.get('ID_CHECK_CHARACTER') ?? { ...base, kind: 'ID_CHECK_CHARACTER' as const, rows: 0, examples: [] };
  checkEntry.rows += Number(n);
  for (const { v } of wrongExamples) if (checkEntry.examples.length < EXAMPLES) checkEntry.examples.push(JSON.stringify(maskIdNumber(v)));
  if (checkEntry.rows) tally.set('ID_CHECK_CHARACTER', checkEntry);
  counts.push(...tally.values());
  return counts;
}

/** The masked ID with its padding and its x kept visible, so the example shows the defect. */
function maskKeepingPadding(raw: string): string {
  const trimmed = trimLegacyText(raw);
  const start = raw.indexOf(trimmed);
  const masked = maskIdNumber(trimmed);
  const kept = trimmed.endsWith('x') ? `${masked.slice(0, -1)}x` : masked;
  return raw.slice(0, start) + kept + raw.slice(start + trimmed.length);
}

async function grouped(ds: DataSource, table: TableLayout, column: string, sqlite: boolean): Promise<Array<{ v: string | null; n: number }>> {
  const c = quote(sqlite, table.column(column));
  const value = sqlite ? sqliteTrimmed(c) : `TRIM(${c})`;
  const rows: Array<{ v: string | null; n: string | number }> = await ds.query(`SELECT ${value} AS v, COUNT(*) AS n FROM ${quote(sqlite, table.qualified)} GROUP BY ${value}`);
  return rows.map((r) => ({ v: r.v === null ? null : String(r.v), n: Number(r.n) }));
}

async function otherColumn(ds: DataSource, table: TableLayout, column: string, sqlite: boolean): Promise<DirtyCount | null> {
  const meaning = table.documented.columns[column]!.meaning;
  const base = { table: table.documented.name, column };
  if (meaning?.kind === 'date') {
    const bad = (await grouped(ds, table, column, sqlite)).filter((g) => readLegacyDate(g.v).unreadable !== null);
    return bad.length ? { ...base, kind: 'DATE_UNREADABLE', rows: bad.reduce((s, g) => s + g.n, 0), examples: bad.slice(0, EXAMPLES).map((g) => JSON.stringify(g.v)) } : null;
  }
  if (meaning?.kind === 'datetime') {
    const c = quote(sqlite, table.column(column));
    const rows: Array<{ v: string | null }> = await ds.query(`SELECT DISTINCT ${sqlite ? c : `CAST(${c} AS CHAR)`} AS v FROM ${quote(sqlite, table.qualified)} WHERE ${sqlite ? `${c} <> '' AND datetime(${c}) IS NULL` : `${c} < '1000-01-01'`} LIMIT 1000`);
    const bad = rows.filter((r) => r.v !== null && toIsoDateTime(String(r.v)) === null);
    if (!bad.length) return null;
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${quote(sqlite, table.qualified)} WHERE ${sqlite ? `${c} <> '' AND datetime(${c}) IS NULL` : `${c} < '1000-01-01'`}`);
    return { ...base, kind: 'DATE_UNREADABLE', rows: Number(n), examples: bad.slice(0, EXAMPLES).map((r) => JSON.stringify(r.v)) };
  }
  if (meaning?.kind === 'code') {
    const mapping = table.codes(column);
    const known = new Set(mapping ? mapping.meanings.keys() : meaning.codes);
    const bad = (await grouped(ds, table, column, sqlite)).filter((g) => {
      const code = normaliseCode(g.v);
      return code !== null && !known.has(code);
    });
    return bad.length ? { ...base, kind: 'CODE_UNKNOWN', rows: bad.reduce((s, g) => s + g.n, 0), examples: bad.slice(0, EXAMPLES).map((g) => `${JSON.stringify(g.v)} ×${g.n}`) } : null;
  }
  return null;
}

/** Rows per table and every dirty-value count; tables that are missing are left out. */
export async function checkValues(ds: DataSource, layout: DepartmentLayout, present: ReadonlySet<string>): Promise<{ tables: TableCount[]; dirty: DirtyCount[] }> {
  const sqlite = ds.options.type === 'better-sqlite3';
  const tables: TableCount[] = [];
  const dirty: DirtyCount[] = [];
  for (const table of layout.all()) {
    if (!present.has(table.documented.name)) continue;
    const [{ n }] = await ds.query(`SELECT COUNT(*) AS n FROM ${quote(sqlite, table.qualified)}`);
    tables.push({ table: table.documented.name, rows: Number(n) });
    for (const [column, definition] of Object.entries(table.documented.columns)) {
      if (!present.has(`${table.documented.name}.${column}`)) continue;
      if (definition.idNumber) dirty.push(...(await idColumn(ds, table, column, sqlite)));
      else {
        const found = await otherColumn(ds, table, column, sqlite);
        if (found) dirty.push(found);
      }
    }
  }
  return { tables, dirty };
}
