/**
 * The counties a cross-check run belongs to: the disbursing counties of its batches (ruling 5: a
 * county's analysts read only the county's runs). Kept in table `crosscheck_run_county`, one row per
 * run and county, written when the run's counties are first asked of finance; a batch finance no
 * longer knows is kept as the empty county, which lies in no one's regions.
 */
import type { DataSource } from 'typeorm';
import type { Dialect } from '../lib/database-location.js';
import { storeDdlTerms } from './ddl.js';
import { chunk } from '../lib/chunks.js';
import { numericIds, placeholders } from './rows.js';

export const UNKNOWN_COUNTY = '';

export function runCountiesDdl(dialect: Dialect): string[] {
  const { options } = storeDdlTerms(dialect);
  return [
    `CREATE TABLE IF NOT EXISTS crosscheck_run_county (
      run_id INT NOT NULL,
      county_code VARCHAR(12) NOT NULL,
      PRIMARY KEY (run_id, county_code)
    )${options}`,
  ];
}

/** A query-builder condition (and its named parameters) true for a run of alias `run` whose every county starts with one of `prefixes`. */
export function runWithinCounties(run: string, prefixes: readonly string[]): { sql: string; params: Record<string, string> } {
  const like = prefixes.map((_, i) => `c.county_code LIKE :county${i}`).join(' OR ');
  return {
    // The unknown county '' matches no prefix, so a run with one is left out.
    sql:
      `EXISTS (SELECT 1 FROM crosscheck_run_county c WHERE c.run_id = ${run}.id) AND ` +
      `NOT EXISTS (SELECT 1 FROM crosscheck_run_county c WHERE c.run_id = ${run}.id AND NOT (${like}))`,
    params: Object.fromEntries(prefixes.map((p, i) => [`county${i}`, `${p}%`])),
  };
}

export class RunCounties {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /** The counties of each run that has them recorded; a run not in the map has none yet. */
  async of(runIds: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const part of chunk(numericIds(runIds, 9).map(Number), 1000)) {
      const rows: { run_id: unknown; county_code: string }[] = await this.dataSource.query(
        `SELECT run_id, county_code FROM crosscheck_run_county WHERE run_id IN (${placeholders(part)}) ORDER BY run_id, county_code`,
        part,
      );
      for (const row of rows) {
        const id = String(row.run_id);
        const list = found.get(id) ?? [];
        list.push(row.county_code);
        found.set(id, list);
      }
    }
    return found;
  }

  /** Records a run's counties; recording them again changes nothing. */
  async record(runId: string, counties: readonly (string | null)[]): Promise<void> {
    const codes = [...new Set(counties.map((c) => c ?? UNKNOWN_COUNTY))];
    if (codes.length === 0) codes.push(UNKNOWN_COUNTY);
    const insert = this.dialect === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
    const values = codes.map(() => '(?, ?)').join(', ');
    await this.dataSource.query(`${insert} INTO crosscheck_run_county (run_id, county_code) VALUES ${values}`, codes.flatMap((code) => [Number(runId), code]));
  }

  /** Runs whose counties were never recorded (older than this table, or not yet read), newest first. */
  async unrecorded(limit: number): Promise<string[]> {
    const rows: { id: unknown }[] = await this.dataSource.query(
      `SELECT r.id FROM crosscheck_run r WHERE NOT EXISTS (SELECT 1 FROM crosscheck_run_county c WHERE c.run_id = r.id) ORDER BY r.id DESC LIMIT ${Math.trunc(limit)}`,
    );
    return rows.map((row) => String(row.id));
  }
}
