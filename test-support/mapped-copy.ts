/**
 * A department's database as another site would keep it: every table and column renamed, every
 * code column re-coded (and widened to hold the new codes), optionally in a schema of its own, with
 * the mapping file that describes it. Rows are copied from a database on the documented layout, so
 * the hub's answers over both can be compared.
 */
import { writeFileSync } from 'node:fs';
import type mysql from 'mysql2/promise';
import type { Department } from '../lib/departments.js';
import { tablesOf } from '../adapters/legacy-tables.js';
import type { LegacyColumn } from '../adapters/legacy-table.js';
import { DepartmentLayout } from '../adapters/mapping/layout.js';
import { checkMapping } from '../adapters/mapping/mapping-file.js';

export interface RenamingOptions {
  /** Keep the tables in this database (schema) rather than the one connected to. */
  schema?: string;
  /** Prefix of the stored codes (default `K`): `01` is stored as `K01`. */
  codePrefix?: string;
}

/** The mapping document of a copy that renames everything: T_<table>, C_<column>, codes prefixed. */
export function renamingMapping(department: Department, options: RenamingOptions = {}): Record<string, unknown> {
  const prefix = options.codePrefix ?? 'K';
  const tables: Record<string, unknown> = {};
  for (const table of tablesOf(department)) {
    const codes: Record<string, Record<string, string>> = {};
    for (const [name, column] of Object.entries(table.columns as Record<string, LegacyColumn>)) {
      if (column.meaning?.kind === 'code') codes[name] = Object.fromEntries(column.meaning.codes.map((c: string) => [`${prefix}${c}`, c]));
    }
    tables[table.name] = {
      table: `T_${table.name}`,
      columns: Object.fromEntries(Object.keys(table.columns).map((c) => [c, `C_${c}`])),
      codes,
    };
  }
  return { department, ...(options.schema ? { schema: options.schema } : {}), tables };
}

export function writeMappingFile(file: string, document: Record<string, unknown>): string {
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}

const quote = (name: string) => `\`${name}\``;

/**
 * Creates the mapped tables in `targetDatabase` (or the mapping's schema) and copies `sourceDatabase`'s
 * rows into them, each documented code stored as the mapping's first stored code for it.
 */
export async function copyToMappedLayout(
  admin: mysql.Connection,
  department: Department,
  sourceDatabase: string,
  targetDatabase: string,
  document: Record<string, unknown>,
  options: { indexes: boolean },
): Promise<void> {
  const layout = new DepartmentLayout(department, checkMapping(document, department, 'mysql'), 'test');
  for (const table of layout.all()) {
    const schema = table.schema ?? targetDatabase;
    const target = `${quote(schema)}.${quote(table.table)}`;
    const definitions: string[] = [];
    const selects: string[] = [];
    for (const [name, column] of Object.entries(table.documented.columns)) {
      const stored = quote(table.column(name));
      const codes = table.codes(name);
      if (column.key === 'auto-increment') definitions.push(`${stored} BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY`);
      else definitions.push(`${stored} ${codes ? 'VARCHAR(10)' : column.sql}${column.key === 'primary' ? ' NOT NULL PRIMARY KEY' : ''}`);
      if (codes) {
        const whens = [...new Set(codes.meanings.values())].map((documented) => `WHEN '${documented}' THEN '${codes.toStored([documented])[0]}'`).join(' ');
        selects.push(`CASE TRIM(${quote(name)}) ${whens} ELSE ${quote(name)} END`);
      } else selects.push(quote(name));
    }
    await admin.query(`CREATE TABLE ${target} (${definitions.join(', ')}) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`);
    const columns = Object.keys(table.documented.columns).map((c) => quote(table.column(c)));
    await admin.query(`INSERT INTO ${target} (${columns.join(', ')}) SELECT ${selects.join(', ')} FROM ${quote(sourceDatabase)}.${quote(table.documented.name)}`);
    if (options.indexes) {
      for (const index of table.documented.indexes) {
        const sql = index.sql(table.documented.name, 'mysql', { ...table.names, table: target });
        if (sql) await admin.query(sql);
      }
    }
  }
}
