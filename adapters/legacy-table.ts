/**
 * One definition per legacy table: its columns as the department's DDL declares them. The row
 * type, the TypeORM entity, the CREATE TABLE statement of the embedded and test databases and the
 * columns the sample generator writes all come from it, so they cannot drift apart.
 */
import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { Department } from '../lib/departments.js';
import type { Dialect } from '../lib/database-location.js';
import { autoIncrementKey, idIndex, plainIndex, tableOptions } from './sql-dialect.js';

/**
 * What a driver hands back for a column: text, or for BIGINT and DECIMAL text from mysql2
 * (bigNumberStrings, exact decimals) and a number from SQLite. Neither is ever used as a float.
 */
type ColumnValue = 'text' | 'exact';
type ColumnKey = 'none' | 'primary' | 'auto-increment';

export interface LegacyColumn<V extends ColumnValue = ColumnValue, K extends ColumnKey = ColumnKey> {
  readonly value: V;
  readonly key: K;
  /** The type as the department declares it, e.g. `CHAR(18)`. */
  readonly sql: string;
  /** Holds a citizen ID number: CHAR(18) on MariaDB cannot hold it padded (see the sample writers). */
  readonly idNumber: boolean;
  /** What the values mean beyond their SQL type, for the source check and the name and code mapping. */
  readonly meaning?: ColumnMeaning;
  /**
   * Metadata only (the hub never synchronises a department schema): CHAR is declared varchar because
   * TypeORM's SQLite driver has no 'char', DATETIME as varchar so it is read as text and no zone is guessed.
   */
  readonly entity: EntitySchemaColumnOptions;
}

/** A CHAR(8) `YYYYMMDD` date, a DATETIME, or a code whose documented values are listed. */
export type ColumnMeaning = { kind: 'date' } | { kind: 'datetime' } | { kind: 'code'; codes: readonly string[] };

function column<V extends ColumnValue>(value: V, sql: string, entity: EntitySchemaColumnOptions): LegacyColumn<V, 'none'> {
  return { value, key: 'none', sql, idNumber: false, entity };
}

export const char = (length: number) => column('text', `CHAR(${length})`, { type: 'varchar', length });
export const varchar = (length: number) => column('text', `VARCHAR(${length})`, { type: 'varchar', length });
export const decimal = (precision: number, scale: number) => column('exact', `DECIMAL(${precision},${scale})`, { type: 'decimal', precision, scale });
export const bigint = () => column('exact', 'BIGINT', { type: 'bigint' });
export const datetime = (): LegacyColumn<'text', 'none'> => ({ ...column('text', 'DATETIME', { type: 'varchar' }), meaning: { kind: 'datetime' } });
/** A CHAR(8) `YYYYMMDD` date; empty or NULL is "none". */
export const date8 = (): LegacyColumn<'text', 'none'> => ({ ...char(8), meaning: { kind: 'date' } });
/** A CHAR code column with its documented values (legacy-systems.md). */
export const code = (length: number, codes: readonly string[]): LegacyColumn<'text', 'none'> => ({ ...char(length), meaning: { kind: 'code', codes } });
/** A CHAR(18) citizen ID number, stored as entered (padding and a lower-case x included). */
export const idNumber = (): LegacyColumn<'text', 'none'> => ({ ...char(18), idNumber: true });

export function primaryKey<V extends ColumnValue>(base: LegacyColumn<V, 'none'>): LegacyColumn<V, 'primary'> {
  return { ...base, key: 'primary' };
}

/** A BIGINT key the database assigns: writers leave it out. */
export function autoIncrement(): LegacyColumn<'exact', 'auto-increment'> {
  return { ...bigint(), key: 'auto-increment' };
}

type Columns = Record<string, LegacyColumn>;
type ValueOf<C extends LegacyColumn> = C['value'] extends 'exact' ? string | number : string;

/** A row exactly as the department stores it; key columns are never NULL. */
export type RowOfColumns<C extends Columns> = {
  [K in keyof C]: C[K]['key'] extends 'none' ? ValueOf<C[K]> | null : ValueOf<C[K]>;
};

type AutoIncrementColumns<C extends Columns> = { [K in keyof C]: C[K]['key'] extends 'auto-increment' ? K : never }[keyof C];

/** A row as a writer supplies it: the auto-increment key may be left to the database. */
export type NewRowOfColumns<C extends Columns> = Omit<RowOfColumns<C>, AutoIncrementColumns<C>> &
  Partial<Pick<RowOfColumns<C>, AutoIncrementColumns<C>>>;

/**
 * How a statement names a table and its columns: as documented, or as a department's mapping
 * renames them (adapters/mapping). `table` is what follows ON; `tableLabel` goes into index names.
 */
export interface StoredNames {
  readonly table: string;
  readonly tableLabel: string;
  column(canonical: string): string;
}

const documentedNames = (table: string): StoredNames => ({ table, tableLabel: table, column: (c) => c });

/** An index of a table, written for a dialect; null where the dialect needs none. */
export interface LegacyIndex<Column extends string = string> {
  readonly columns: readonly Column[];
  /** The statement creating it; `names` when the department's layout renames table or columns. */
  sql(table: string, dialect: Dialect, names?: StoredNames): string | null;
}

/** A plain index over columns in order. */
export function indexOn<Column extends string>(...columns: Column[]): LegacyIndex<Column> {
  return { columns, sql: (table, _dialect, names = documentedNames(table)) => plainIndex(names.table, columns.map(names.column), names.tableLabel) };
}

/** An index on an ID column; on SQLite on its normalised form, so lookups stay indexed. */
export function idNumberIndex<Column extends string>(column: Column, options: { sqliteOnly?: boolean } = {}): LegacyIndex<Column> {
  return {
    columns: [column],
    sql: (table, dialect, names = documentedNames(table)) =>
      options.sqliteOnly && dialect !== 'sqlite' ? null : idIndex(dialect, names.table, names.column(column), names.tableLabel),
  };
}

/** What every table offers, whatever its columns. */
export interface AnyLegacyTable {
  readonly name: string;
  readonly department: Department;
  readonly columnNames: readonly string[];
  readonly writtenColumns: readonly string[];
  readonly idColumns: readonly string[];
  // The row type differs per table; TypeORM's DataSource takes any mix of them.
  readonly entity: EntitySchema<any>;
  readonly columns: Readonly<Record<string, LegacyColumn>>;
  readonly indexes: readonly LegacyIndex[];
  ddl(dialect: Dialect): { table: string; indexes: string[] };
}

export interface LegacyTable<Name extends string, C extends Columns> extends AnyLegacyTable {
  readonly name: Name;
  readonly columns: C;
  /** Every column, in the order of the DDL. */
  readonly columnNames: readonly (keyof C & string)[];
  /** The columns a writer supplies, in order: all but an auto-increment key. */
  readonly writtenColumns: readonly (keyof C & string)[];
  /** The columns holding a citizen ID number. */
  readonly idColumns: readonly (keyof C & string)[];
  readonly entity: EntitySchema<RowOfColumns<C>>;
  /** CREATE TABLE, then CREATE INDEX statements. */
  ddl(dialect: Dialect): { table: string; indexes: string[] };
}

/** A row of `T` exactly as the department stores it. */
export type RowOf<T extends { columns: Columns }> = RowOfColumns<T['columns']>;
/** A row of `T` as a writer supplies it. */
export type NewRowOf<T extends { columns: Columns }> = NewRowOfColumns<T['columns']>;

export function legacyTable<const Name extends string, const C extends Columns>(definition: {
  name: Name;
  department: Department;
  columns: C;
  indexes?: readonly LegacyIndex<keyof C & string>[];
}): LegacyTable<Name, C> {
  const { name, department, columns, indexes = [] } = definition;
  const entries = Object.entries(columns) as Array<[keyof C & string, LegacyColumn]>;
  const entityColumns = Object.fromEntries(
    entries.map(([columnName, c]) => [columnName, c.key === 'none' ? { ...c.entity, nullable: true } : { ...c.entity, primary: true }]),
  );
  return {
    name,
    department,
    columns,
    indexes,
    columnNames: entries.map(([columnName]) => columnName),
    writtenColumns: entries.filter(([, c]) => c.key !== 'auto-increment').map(([columnName]) => columnName),
    idColumns: entries.filter(([, c]) => c.idNumber).map(([columnName]) => columnName),
    entity: new EntitySchema<RowOfColumns<C>>({ name, tableName: name, columns: entityColumns as never }),
    ddl(dialect) {
      const lines = entries.map(([columnName, c]) => {
        if (c.key === 'auto-increment') return autoIncrementKey(dialect, columnName);
        return `${columnName} ${c.sql}${c.key === 'primary' ? ' NOT NULL PRIMARY KEY' : ''}`;
      });
      return {
        table: `CREATE TABLE ${name} (\n  ${lines.join(',\n  ')}\n)${tableOptions(dialect)}`,
        indexes: indexes.map((index) => index.sql(name, dialect)).filter((sql): sql is string => sql !== null),
      };
    },
  };
}
