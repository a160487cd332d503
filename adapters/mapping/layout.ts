/**
 * The layout a department's database really has: the documented one, or the documented one renamed
 * by the department's mapping file (mapping-file.ts). The adapters keep writing documented names;
 * this is the one boundary where they become the stored ones:
 *
 * - each table's TypeORM entity keeps the documented table and property names and maps them to the
 *   stored table (with its schema) and columns, so every query builder expression `m.FFZTDM` is
 *   written out with the stored name;
 * - a mapped code column is read back as the documented code (a column transformer for entities,
 *   `documentedCodeSql` for raw selects), and SQL comparing codes asks for the stored ones
 *   (`storedCodes`).
 */
import { EntitySchema, type DataSource, type EntitySchemaColumnOptions } from 'typeorm';
import type { Department } from '../../lib/departments.js';
import type { DatabaseLocation, Dialect } from '../../lib/database-location.js';
import { normaliseCode } from '../../lib/text.js';
import type { AnyLegacyTable, StoredNames } from '../legacy-table.js';
import { tablesOf } from '../legacy-tables.js';
import { sqliteTrimmed } from '../sql-dialect.js';
import { readMappingFile, type TableMapping } from './mapping-file.js';

/** A mapped code column: stored codes to the documented codes they mean, and back. */
export class CodeMapping {
  private readonly storedByDocumented = new Map<string, string[]>();

  constructor(
    readonly meanings: ReadonlyMap<string, string>,
    private readonly documentedCodes: readonly string[],
  ) {
    for (const [stored, documented] of meanings) this.storedByDocumented.set(documented, [...(this.storedByDocumented.get(documented) ?? []), stored]);
  }

  /**
   * The documented code a stored value means. A stored code the mapping does not list is unknown:
   * kept as stored, unless it spells a documented code, which it does not mean here (null then).
   */
  toDocumented(stored: string | null): string | null {
    const code = normaliseCode(stored);
    if (code === null) return null;
    const meaning = this.meanings.get(code);
    if (meaning !== undefined) return meaning;
    return this.documentedCodes.includes(code) ? null : code;
  }

  /** `stored` as the entity's column transformer reads it: through `codes` when the column is re-coded, as stored otherwise. */
  static read(codes: CodeMapping | null, stored: string | null): string | null {
    return codes ? codes.toDocumented(stored) : stored;
  }

  /** The stored codes meaning any of `documented`. */
  toStored(documented: readonly string[]): string[] {
    return documented.flatMap((code) => this.storedByDocumented.get(code) ?? []);
  }
}

/** A stored name quoted for raw SQL in `dialect` (a stored name may be a keyword or hold a quote). */
export function quoteName(dialect: Dialect, name: string): string {
  return dialect === 'sqlite' ? `"${name.replace(/"/g, '""')}"` : `\`${name.replace(/`/g, '``')}\``;
}

/** One table as stored. */
export class TableLayout {
  readonly names: StoredNames;
  readonly entity: EntitySchema<any>;

  constructor(
    readonly documented: AnyLegacyTable,
    readonly mapping: TableMapping | null,
  ) {
    this.names = { table: this.qualified, tableLabel: this.table, column: (c) => this.column(c) };
    this.entity = mapping === null ? documented.entity : this.mappedEntity();
  }

  get schema(): string | null {
    return this.mapping?.schema ?? null;
  }

  get table(): string {
    return this.mapping?.table ?? this.documented.name;
  }

  /** `schema.table` or `table`, as raw SQL names it. */
  get qualified(): string {
    return this.schema === null ? this.table : `${this.schema}.${this.table}`;
  }

  column(documented: string): string {
    return this.mapping?.columns.get(documented) ?? documented;
  }

  /** The table quoted for raw SQL (a stored name may be a keyword). */
  quoted(dialect: Dialect): string {
    return [...(this.schema ? [this.schema] : []), this.table].map((part) => quoteName(dialect, part)).join('.');
  }

  quotedColumn(dialect: Dialect, documented: string): string {
    return quoteName(dialect, this.column(documented));
  }

  codes(documented: string): CodeMapping | null {
    const meanings = this.mapping?.codes.get(documented);
    const meaning = this.documented.columns[documented]?.meaning;
    if (!meanings || meaning?.kind !== 'code') return null;
    return new CodeMapping(meanings, meaning.codes);
  }

  private mappedEntity(): EntitySchema<any> {
    const base = this.documented.entity.options.columns as Record<string, EntitySchemaColumnOptions>;
    const columns = Object.fromEntries(
      Object.entries(base).map(([property, options]) => {
        const codes = this.codes(property);
        const transformer = codes && { from: (value: string | null) => codes.toDocumented(value), to: (value: unknown) => value };
        return [property, { ...options, name: this.column(property), ...(transformer ? { transformer } : {}) }];
      }),
    );
    return new EntitySchema({ name: this.documented.name, tableName: this.table, ...(this.schema ? { database: this.schema } : {}), columns });
  }
}

/** A department's tables as stored. */
export class DepartmentLayout {
  private readonly tables: Map<string, TableLayout>;

  constructor(
    readonly department: Department,
    mappings: ReadonlyMap<string, TableMapping> | null,
    /** Where the mapping came from (its file), null for the documented layout. */
    readonly source: string | null = null,
  ) {
    this.tables = new Map(tablesOf(department).map((table) => [table.name, new TableLayout(table, mappings?.get(table.name) ?? null)]));
  }

  get documented(): boolean {
    return this.source === null;
  }

  table(name: string): TableLayout {
    const table = this.tables.get(name);
    if (!table) throw new RangeError(`${name} is not a table of ${this.department}`);
    return table;
  }

  all(): TableLayout[] {
    return [...this.tables.values()];
  }

  entities(): EntitySchema<any>[] {
    return this.all().map((t) => t.entity);
  }
}

/** The layout of a department's database: its mapping file's, or the documented one. Throws MappingError. */
export function layoutOf(department: Department, location: DatabaseLocation): DepartmentLayout {
  if (!location.mappingFile) return new DepartmentLayout(department, null);
  return new DepartmentLayout(department, readMappingFile(location.mappingFile, department, location.kind), location.mappingFile);
}

const LAYOUTS = new WeakMap<DataSource, DepartmentLayout>();

/** Records which layout a DataSource reads, for SQL written outside the entities (database.ts calls it). */
export function registerLayout(dataSource: DataSource, layout: DepartmentLayout): void {
  LAYOUTS.set(dataSource, layout);
}

function tableOf(dataSource: DataSource, table: string): TableLayout | null {
  return LAYOUTS.get(dataSource)?.table(table) ?? null;
}

/** The stored codes of `table.column` that mean the documented `codes`; the codes themselves when not mapped. */
export function storedCodes(dataSource: DataSource, table: string, column: string, codes: readonly string[]): string[] {
  return tableOf(dataSource, table)?.codes(column)?.toStored(codes) ?? [...codes];
}

/**
 * `expr` (the stored `table.column`) as the documented code, for a raw select: unchanged when the
 * column's codes are not mapped, else a CASE over the stored codes (see CodeMapping.toDocumented).
 */
export function documentedCodeSql(dataSource: DataSource, table: string, column: string, expr: string): string {
  const layout = tableOf(dataSource, table);
  const codes = layout?.codes(column);
  if (!layout || !codes) return expr;
  const trimmed = dataSource.options.type === 'better-sqlite3' ? sqliteTrimmed(expr) : `TRIM(${expr})`;
  // Codes come from the checked mapping file; quotes are doubled all the same.
  const literal = (code: string) => `'${code.replace(/'/g, "''")}'`;
  const whens = [...codes.meanings].map(([stored, documented]) => `WHEN ${literal(stored)} THEN ${literal(documented)}`).join(' ');
  const meaning = layout.documented.columns[column]?.meaning;
  const documentedCodes = meaning?.kind === 'code' ? meaning.codes : [];
  const collide = documentedCodes.length ? ` WHEN ${trimmed} IN (${documentedCodes.map(literal).join(', ')}) THEN NULL` : '';
  return `(CASE ${trimmed} ${whens} ELSE (CASE WHEN ${trimmed} = '' THEN NULL${collide} ELSE ${trimmed} END) END)`;
}

/**
 * `expr IN (stored codes meaning codes)` (or NOT IN), for a WHERE on a code column: on the
 * documented layout the stored codes are the documented ones. No stored code at all means no row
 * (or every row, for NOT IN).
 */
export function codeInSql(
  dataSource: DataSource,
  table: string,
  column: string,
  expr: string,
  codes: readonly string[],
  param: string,
  negate = false,
): { sql: string; params: Record<string, string[]> } {
  const stored = storedCodes(dataSource, table, column, codes);
  if (stored.length === 0) return { sql: negate ? '1 = 1' : '1 = 0', params: {} };
  return { sql: `${expr} ${negate ? 'NOT IN' : 'IN'} (:...${param})`, params: { [param]: stored } };
}
