/**
 * A department's mapping file: how its tables, columns and code values differ from the documented
 * layout (legacy-systems.md). Read and checked here, every problem listed at once, each naming the
 * documented `table.column` it is about, so a subgraph never starts half-mapped.
 *
 * ```json
 * {
 *   "department": "PUBLIC_SECURITY",
 *   "schema": "legacy",
 *   "tables": {
 *     "RK_RYJBXX": {
 *       "table": "T_RK",
 *       "columns": { "GMSFHM": "SFZHM", "RYZTDM": "ZTDM" },
 *       "codes": { "RYZTDM": { "A": "0", "D": "1", "Z": "2" } }
 *     }
 *   }
 * }
 * ```
 * Tables and columns left out keep their documented names; `codes` maps each code as stored to the
 * documented code it means, and a column with `codes` knows no other stored code.
 */
import { readFileSync } from 'node:fs';
import { DEPARTMENTS, type Department } from '../../lib/departments.js';
import type { Dialect } from '../../lib/database-location.js';
import type { AnyLegacyTable } from '../legacy-table.js';
import { tablesOf } from '../legacy-tables.js';

/** One table's differences from the documented layout, checked. */
export interface TableMapping {
  schema: string | null;
  table: string;
  /** Documented column -> stored column, for the renamed ones only. */
  columns: Map<string, string>;
  /** Documented column -> (stored code -> documented code). */
  codes: Map<string, Map<string, string>>;
}

export class MappingError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`The table mapping ${source} cannot be used:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]{0,63}$/;
const TOP_KEYS = new Set(['department', 'schema', 'tables', 'comment']);
const TABLE_KEYS = new Set(['table', 'columns', 'codes', 'comment']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quoted(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 80) ?? String(value);
}

/** Reads a mapping file; MappingError lists every problem, the file's own syntax included. */
export function readMappingFile(file: string, department: Department, dialect: Dialect): Map<string, TableMapping> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new MappingError(file, [`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new MappingError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  return checkMapping(document, department, dialect, file);
}

/** Checks a parsed mapping document against the department's documented tables. */
export function checkMapping(document: unknown, department: Department, dialect: Dialect, source = 'mapping'): Map<string, TableMapping> {
  const problems: string[] = [];
  const result = new Map<string, TableMapping>();
  if (!isRecord(document)) throw new MappingError(source, ['the file must hold one JSON object with "tables"']);
  for (const key of Object.keys(document)) if (!TOP_KEYS.has(key)) problems.push(`unknown key "${key}" (expected department, schema, tables)`);
  if (document.department !== undefined && document.department !== department) {
    problems.push(`"department" is ${quoted(document.department)}, but this is the ${department} mapping (${DEPARTMENTS.join(', ')})`);
  }
  let defaultSchema: string | null = null;
  if (document.schema !== undefined) {
    if (typeof document.schema !== 'string' || !IDENTIFIER.test(document.schema)) problems.push(`"schema" ${quoted(document.schema)} is not a database name`);
    else defaultSchema = document.schema;
  }
  const tables = document.tables ?? {};
  if (!isRecord(tables)) problems.push('"tables" must be an object keyed by documented table name');
  const known = new Map(tablesOf(department).map((t) => [t.name as string, t as AnyLegacyTable]));
  const storedTables = new Map<string, string>();
  for (const table of known.values()) {
    const entry = isRecord(tables) ? tables[table.name] : undefined;
    const mapping = tableMapping(table, entry, defaultSchema, problems);
    const stored = `${mapping.schema ?? ''}.${mapping.table}`.toLowerCase();
    const other = storedTables.get(stored);
    if (other) problems.push(`${other} and ${table.name} both map to the table ${mapping.table}`);
    storedTables.set(stored, table.name);
    if (mapping.schema !== null && dialect === 'sqlite') problems.push(`${table.name}: a schema prefix (${mapping.schema}) needs MySQL/MariaDB, not an embedded SQLite file`);
    result.set(table.name, mapping);
  }
  if (isRecord(tables)) {
    for (const name of Object.keys(tables)) {
      if (!known.has(name)) problems.push(`${name} is not a table of ${department} (its tables: ${[...known.keys()].join(', ')})`);
    }
  }
  if (problems.length) throw new MappingError(source, problems);
  return result;
}

function tableMapping(table: AnyLegacyTable, entry: unknown, defaultSchema: string | null, problems: string[]): TableMapping {
  const mapping: TableMapping = { schema: defaultSchema, table: table.name, columns: new Map(), codes: new Map() };
  if (entry === undefined) return mapping;
  if (!isRecord(entry)) {
    problems.push(`${table.name}: must be an object with "table", "columns" and/or "codes"`);
    return mapping;
  }
  for (const key of Object.keys(entry)) if (!TABLE_KEYS.has(key)) problems.push(`${table.name}: unknown key "${key}" (expected table, columns, codes)`);
  if (entry.table !== undefined) {
    const parts = typeof entry.table === 'string' ? entry.table.split('.') : [];
    if (parts.length < 1 || parts.length > 2 || !parts.every((p) => IDENTIFIER.test(p))) {
      problems.push(`${table.name}: "table" ${quoted(entry.table)} is not a table name (NAME or SCHEMA.NAME)`);
    } else if (parts.length === 2) {
      mapping.schema = parts[0]!;
      mapping.table = parts[1]!;
    } else mapping.table = parts[0]!;
  }
  const storedColumns = new Map<string, string>();
  const columns = entry.columns ?? {};
  if (!isRecord(columns)) problems.push(`${table.name}: "columns" must map documented column names to stored ones`);
  else {
    for (const [documented, stored] of Object.entries(columns)) {
      if (!Object.hasOwn(table.columns, documented)) {
        problems.push(`${table.name}.${documented} is not a documented column of ${table.name} (${Object.keys(table.columns).join(', ')})`);
      } else if (typeof stored !== 'string' || !IDENTIFIER.test(stored)) {
        problems.push(`${table.name}.${documented}: ${quoted(stored)} is not a column name`);
      } else mapping.columns.set(documented, stored);
    }
  }
  for (const documented of Object.keys(table.columns)) {
    const stored = (mapping.columns.get(documented) ?? documented).toLowerCase();
    const other = storedColumns.get(stored);
    if (other) problems.push(`${table.name}.${other} and ${table.name}.${documented} both map to the column ${mapping.columns.get(documented) ?? documented}`);
    storedColumns.set(stored, documented);
  }
  const codes = entry.codes ?? {};
  if (!isRecord(codes)) problems.push(`${table.name}: "codes" must map documented column names to { stored code: documented code }`);
  else {
    for (const [documented, values] of Object.entries(codes)) {
      const column = Object.hasOwn(table.columns, documented) ? table.columns[documented] : undefined;
      if (!column) {
        problems.push(`${table.name}.${documented} is not a documented column of ${table.name}, so it has no codes to map`);
        continue;
      }
      if (column.meaning?.kind !== 'code') {
        problems.push(`${table.name}.${documented} is not a code column, so it has no codes to map`);
        continue;
      }
      if (!isRecord(values) || Object.keys(values).length === 0) {
        problems.push(`${table.name}.${documented}: codes must be a non-empty object { stored code: documented code }`);
        continue;
      }
      const meanings = new Map<string, string>();
      for (const [stored, meaning] of Object.entries(values)) {
        if (stored.trim() === '' || stored.trim() !== stored) problems.push(`${table.name}.${documented}: the stored code ${quoted(stored)} is blank or padded`);
        else if (typeof meaning !== 'string' || !column.meaning.codes.includes(meaning)) {
          problems.push(`${table.name}.${documented}: ${quoted(stored)} maps to ${quoted(meaning)}, which is not one of its documented codes (${column.meaning.codes.join(', ')})`);
        } else meanings.set(stored, meaning);
      }
      mapping.codes.set(documented, meanings);
    }
  }
  return mapping;
}
