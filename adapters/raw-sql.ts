/**
 * Hand-written SELECTs for the reads the cross-check repeats thousands of times per run (screening
 * lookups, pages of lines): a query builder per statement and an entity per row cost the
 * departments more than the rows themselves. Names are the stored ones (the department's mapping,
 * adapters/mapping), exactly as the entities would write them; a mapped code column reads back as
 * the documented code (documentedCodeSql), as every raw select of the adapters does.
 */
import type { DataSource } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { documentedCodeSql, quoteName, type CodeMapping, type DepartmentLayout } from './mapping/layout.js';

/** A quoted name or literal (kept as it is: a stored name may hold a colon), or a named parameter. */
const NAMED_PARAMETER = /(`(?:[^`]|``)*`|"(?:[^"]|"")*"|'(?:[^']|'')*')|:(\.\.\.)?([A-Za-z_]\w*)/g;

/** One department's tables as stored, for raw statements over one connection (a DepartmentDatabase.run). */
export class RawSql {
  constructor(
    readonly ds: DataSource,
    readonly layout: DepartmentLayout,
    readonly dialect: Dialect,
  ) {}

  /** `table alias`, the table as stored (with its schema). */
  from(table: string, alias: string): string {
    return `${this.layout.table(table).quoted(this.dialect)} ${alias}`;
  }

  /** `alias.column` as stored. */
  column(alias: string, table: string, column: string): string {
    return `${alias}.${this.layout.table(table).quotedColumn(this.dialect, column)}`;
  }

  /** A selected column under `label`; a mapped code column as the documented code, in SQL (documentedCodeSql). */
  select(alias: string, table: string, column: string, label: string = column): string {
    return `${documentedCodeSql(this.ds, table, column, this.column(alias, table, column))} AS ${quoteName(this.dialect, label)}`;
  }

  /** Columns as stored, each under its documented name, for `entityRows`. */
  entityColumns(alias: string, table: string, columns: readonly string[]): string {
    return columns.map((column) => `${this.column(alias, table, column)} AS ${quoteName(this.dialect, column)}`).join(', ');
  }

  /**
   * The rows of `entityColumns` as an entity read gave them: each value of `key` once (its first
   * row: a legacy table whose declared key the department never enforced may hold it twice, and
   * TypeORM's getMany merged such rows into one entity), and a mapped code column read back as the
   * documented code by the very function the entities' column transformer calls.
   */
  async entityRows<T>(table: string, sql: string, values: readonly unknown[], key: keyof T & string): Promise<T[]> {
    const rows = await this.rows<Record<string, unknown>>(sql, values);
    const mapped = this.mappedCodes(table);
    const seen = new Set<unknown>();
    const kept: T[] = [];
    for (const row of rows) {
      const value = row[key];
      if (seen.has(value)) continue;
      seen.add(value);
      for (const [column, codes] of mapped) if (column in row) row[column] = codes.toDocumented(row[column] as string | null);
      kept.push(row as T);
    }
    return kept;
  }

  /**
   * A condition written with the adapters' named parameters (`:name`, `:...list`, as idMatchSql and
   * the query builders take them) as positional `?`, with its values in order.
   */
  where(condition: string, params: Record<string, unknown>): { sql: string; values: unknown[] } {
    const values: unknown[] = [];
    const sql = condition.replace(NAMED_PARAMETER, (match, quoted: string | undefined, spread: string | undefined, name: string) => {
      if (quoted !== undefined) return match;
      if (!Object.hasOwn(params, name)) throw new RangeError(`no value for the parameter ${name}`);
      const value = params[name];
      if (spread === undefined) {
        values.push(value);
        return '?';
      }
      const list = value as readonly unknown[];
      if (list.length === 0) throw new RangeError(`the list ${name} is empty`);
      for (const item of list) values.push(item);
      return list.length === 1 ? '?' : `?${', ?'.repeat(list.length - 1)}`;
    });
    return { sql, values };
  }

  /** Runs a SELECT, counted like every statement of the adapters. */
  rows<T>(sql: string, values: readonly unknown[]): Promise<T[]> {
    return this.ds.query(sql, values as unknown[]) as Promise<T[]>;
  }

  /** The table's code columns whose codes the department's mapping renames. */
  private mappedCodes(table: string): Array<[string, CodeMapping]> {
    const layout = this.layout.table(table);
    const mapped: Array<[string, CodeMapping]> = [];
    for (const column of layout.documented.columnNames) {
      const codes = layout.codes(column);
      if (codes) mapped.push([column, codes]);
    }
    return mapped;
  }
}
