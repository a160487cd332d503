/**
 * Whether a department's database has the tables and columns the hub reads, under the names its
 * layout gives them (adapters/mapping), and of a type the adapters can read. Used by the source
 * check and by a department subgraph before it starts.
 */
import type { DataSource } from 'typeorm';
import type { LegacyColumn } from '../legacy-table.js';
import type { DepartmentLayout, TableLayout } from '../mapping/layout.js';

/** A column as the database declares it. */
export interface StoredColumn {
  name: string;
  /** Lower case: char, varchar, decimal, bigint, datetime, ... (SQLite: its declared type's first word). */
  dataType: string;
  length: number | null;
  scale: number | null;
  declared: string;
}

export type Severity = 'ok' | 'warning' | 'error';

export interface ColumnFinding {
  table: string;
  column: string;
  /** Where the layout looks for it: `schema.table.column` as stored. */
  stored: string;
  expected: string;
  found: string | null;
  severity: Severity;
  problem: string | null;
}

export interface TableFinding {
  table: string;
  stored: string;
  found: boolean;
  columns: ColumnFinding[];
}

const TEXT = new Set(['char', 'varchar', 'nchar', 'nvarchar', 'text', 'tinytext', 'mediumtext', 'longtext', 'clob', 'character', 'varying']);
const INTEGER = new Set(['bigint', 'int', 'integer', 'mediumint', 'smallint', 'tinyint']);
const FLOAT = new Set(['float', 'double', 'real']);

/** Reads the stored columns of a table; null when the table does not exist. */
export async function storedColumns(ds: DataSource, table: TableLayout): Promise<Map<string, StoredColumn> | null> {
  if (ds.options.type === 'better-sqlite3') {
    const rows: Array<{ name: string; type: string }> = await ds.query(`PRAGMA table_info("${table.table.replace(/"/g, '""')}")`);
    if (rows.length === 0) return null;
    return new Map(rows.map((r) => [r.name.toUpperCase(), sqliteColumn(r.name, r.type)]));
  }
  const rows: Array<{ name: string; type: string; len: string | number | null; scale: string | number | null; declared: string }> = await ds.query(
    `SELECT COLUMN_NAME AS name, DATA_TYPE AS type, CHARACTER_MAXIMUM_LENGTH AS len, NUMERIC_SCALE AS scale, COLUMN_TYPE AS declared
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
    [table.schema, table.table],
  );
  if (rows.length === 0) return null;
  return new Map(
    rows.map((r) => [
      r.name.toUpperCase(),
      { name: r.name, dataType: r.type.toLowerCase(), length: r.len == null ? null : Number(r.len), scale: r.scale == null ? null : Number(r.scale), declared: r.declared.toUpperCase() },
    ]),
  );
}

function sqliteColumn(name: string, declared: string): StoredColumn {
  const m = /^\s*([A-Za-z]+)(?:\s*\(\s*(\d+)\s*(?:,\s*(\d+))?\s*\))?/.exec(declared);
  return { name, dataType: (m?.[1] ?? '').toLowerCase(), length: m?.[2] ? Number(m[2]) : null, scale: m?.[3] ? Number(m[3]) : null, declared: declared.toUpperCase() || '(no type)' };
}

function expectedLength(column: LegacyColumn): number | null {
  const m = /\((\d+)/.exec(column.sql);
  return m ? Number(m[1]) : null;
}

/** Why a stored column cannot (error) or may not fully (warning) serve as the documented one; null when it can. */
export function typeProblem(column: LegacyColumn, stored: StoredColumn, sqlite: boolean): { severity: Severity; text: string } | null {
  const type = stored.dataType;
  const expected = column.sql;
  if (sqlite && type === '') return null;
  if (column.meaning?.kind === 'datetime') {
    if (type === 'datetime' || type === 'timestamp') return null;
    if (TEXT.has(type)) return { severity: 'warning', text: `is text (${stored.declared}); read as Beijing time "YYYY-MM-DD HH:MM:SS"` };
    return { severity: 'error', text: `is ${stored.declared}, the hub reads ${expected}` };
  }
  if (expected.startsWith('DECIMAL')) {
    const scale = Number(/,(\d+)\)/.exec(expected)?.[1] ?? 0);
    if (FLOAT.has(type) && !sqlite) return { severity: 'error', text: `is ${stored.declared}, a binary float: amounts would not be exact (expected ${expected})` };
    if (type === 'decimal' || type === 'numeric' || (sqlite && (FLOAT.has(type) || INTEGER.has(type)))) {
      if (!sqlite && stored.scale !== null && stored.scale < scale) return { severity: 'error', text: `is ${stored.declared}: fewer than ${scale} decimals cannot hold fen (expected ${expected})` };
      return null;
    }
    if (INTEGER.has(type)) return { severity: 'warning', text: `is ${stored.declared}: whole yuan only (expected ${expected})` };
    return { severity: 'error', text: `is ${stored.declared}, the hub reads ${expected}` };
  }
  if (expected === 'BIGINT') {
    if (INTEGER.has(type) || ((type === 'decimal' || type === 'numeric') && !stored.scale)) return null;
    return { severity: 'error', text: `is ${stored.declared}, the hub reads a whole number (${expected})` };
  }
  // CHAR/VARCHAR: codes, dates and ID numbers are read as text.
  if (!TEXT.has(type)) return { severity: 'error', text: `is ${stored.declared}, the hub reads text (${expected})${column.meaning?.kind === 'date' ? ' in the form YYYYMMDD' : ''}` };
  const wanted = expectedLength(column);
  if (wanted !== null && stored.length !== null && stored.length < wanted && column.meaning?.kind !== 'code') {
    const severe = column.idNumber || column.meaning?.kind === 'date';
    return { severity: severe ? 'error' : 'warning', text: `holds ${stored.length} characters, fewer than ${expected}` };
  }
  return null;
}

/** Every table and column of the layout: found, missing or of another type. */
export async function checkSchema(ds: DataSource, layout: DepartmentLayout): Promise<TableFinding[]> {
  const sqlite = ds.options.type === 'better-sqlite3';
  const findings: TableFinding[] = [];
  for (const table of layout.all()) {
    const columns = await storedColumns(ds, table);
    const entries = Object.entries(table.documented.columns);
    findings.push({
      table: table.documented.name,
      stored: table.qualified,
      found: columns !== null,
      columns: entries.map(([name, column]) => {
        const storedName = table.column(name);
        const stored = columns?.get(storedName.toUpperCase()) ?? null;
        const base = { table: table.documented.name, column: name, stored: `${table.qualified}.${storedName}`, expected: column.sql };
        if (!stored) return { ...base, found: null, severity: 'error' as const, problem: columns ? 'missing' : 'table missing' };
        const problem = typeProblem(column, stored, sqlite);
        return { ...base, found: stored.declared, severity: problem?.severity ?? 'ok', problem: problem?.text ?? null };
      }),
    });
  }
  return findings;
}

/** The problems that stop a subgraph from starting, each naming `table.column` (documented and stored). */
export function blockingProblems(findings: readonly TableFinding[]): string[] {
  const problems: string[] = [];
  for (const table of findings) {
    if (!table.found) {
      problems.push(`${table.table}: table ${table.stored} not found`);
      continue;
    }
    for (const c of table.columns) if (c.severity === 'error') problems.push(`${c.table}.${c.column} (${c.stored}): ${c.problem}`);
  }
  return problems;
}
