/**
 * The indexes the hub's own queries use (each table's definition lists them), checked against the
 * department's database: for each one missing, the CREATE INDEX statement to hand to the DBA, with
 * the department's own table and column names.
 */
import type { DataSource } from 'typeorm';
import type { DepartmentLayout, TableLayout } from '../mapping/layout.js';

export interface IndexFinding {
  table: string;
  /** Documented column names, in order. */
  columns: string[];
  present: boolean;
  /** The statement that creates it, in the department's dialect and names. */
  createIndex: string;
}

interface ExistingIndex {
  columns: string[];
  /** `ON table (...)` as declared, normalised (SQLite expression indexes are matched by it). */
  target: string | null;
}

const normalise = (sql: string) => sql.replace(/\s+/g, '').replace(/["`]/g, '').toUpperCase();

function targetOf(createIndex: string): string | null {
  const at = createIndex.search(/\sON\s/i);
  return at < 0 ? null : normalise(createIndex.slice(at));
}

async function existingIndexes(ds: DataSource, table: TableLayout): Promise<ExistingIndex[]> {
  if (ds.options.type === 'better-sqlite3') {
    const quoted = table.table.replace(/"/g, '""');
    const list: Array<{ name: string; origin: string }> = await ds.query(`PRAGMA index_list("${quoted}")`);
    const statements: Array<{ name: string; sql: string | null }> = await ds.query(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`, [table.table]);
    const sqlByName = new Map(statements.map((s) => [s.name, s.sql]));
    const indexes: ExistingIndex[] = [];
    for (const index of list) {
      const info: Array<{ name: string | null }> = await ds.query(`PRAGMA index_info("${index.name.replace(/"/g, '""')}")`);
      const sql = sqlByName.get(index.name);
      indexes.push({ columns: info.map((i) => (i.name ?? '').toUpperCase()), target: sql ? targetOf(sql) : null });
    }
    // INTEGER PRIMARY KEY is the rowid itself, listed by no PRAGMA index_list.
    const pk: Array<{ name: string; pk: number; type: string }> = await ds.query(`PRAGMA table_info("${quoted}")`);
    const rowid = pk.filter((c) => c.pk > 0);
    if (rowid.length === 1 && /^integer$/i.test(rowid[0]!.type)) indexes.push({ columns: [rowid[0]!.name.toUpperCase()], target: null });
    return indexes;
  }
  const rows: Array<{ name: string; col: string }> = await ds.query(
    `SELECT INDEX_NAME AS name, COLUMN_NAME AS col FROM information_schema.STATISTICS
      WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
    [table.schema, table.table],
  );
  const byName = new Map<string, string[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), (row.col ?? '').toUpperCase()]);
  return [...byName.values()].map((columns) => ({ columns, target: null }));
}

/** Every index the hub's queries use on the department's tables, present or not. */
export async function checkIndexes(ds: DataSource, layout: DepartmentLayout, presentTables: ReadonlySet<string>): Promise<IndexFinding[]> {
  const dialect = ds.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
  const findings: IndexFinding[] = [];
  for (const table of layout.all()) {
    if (!presentTables.has(table.documented.name)) continue;
    const existing = await existingIndexes(ds, table);
    for (const index of table.documented.indexes) {
      const createIndex = index.sql(table.documented.name, dialect, table.names);
      if (createIndex === null) continue;
      const wanted = index.columns.map((c) => table.column(c).toUpperCase());
      const target = targetOf(createIndex);
      // A plain index is served by any index that starts with its columns; an expression index only by the same expression.
      const expression = dialect === 'sqlite' && !/\(\s*[\w, ]+\)\s*$/.test(createIndex);
      const present = existing.some((e) =>
        expression ? e.target !== null && e.target === target : wanted.every((c, i) => e.columns[i] === c),
      );
      findings.push({ table: table.documented.name, columns: [...index.columns], present, createIndex: `${createIndex};` });
    }
  }
  return findings;
}
