/**
 * `hub source check`: what a department's database offers the hub, read-only, with the
 * department's own account and its layout (documented, or its mapping file's).
 */
import { DEPARTMENT_INFO, type Department } from '../../lib/departments.js';
import type { DatabaseLocation } from '../../lib/database-location.js';
import { DepartmentDatabase } from '../database.js';
import { MappingError } from '../mapping/mapping-file.js';
import { checkIndexes, type IndexFinding } from './indexes.js';
import { blockingProblems, checkSchema, type TableFinding } from './schema.js';
import { timeQueries, type Timing } from './timing.js';
import { checkValues, type DirtyCount, type TableCount } from './values.js';

export type Verdict = 'READY' | 'USABLE_WITH_WARNINGS' | 'NOT_USABLE';

export interface SourceCheckReport {
  department: Department;
  /** Where: the URL without its password, or the SQLite file. */
  database: string;
  mapping: string | null;
  /** Problems that stopped the check or make the source unusable, each naming what it is about. */
  problems: string[];
  tables: TableFinding[];
  counts: TableCount[];
  dirty: DirtyCount[];
  indexes: IndexFinding[];
  timing: Timing | null;
  verdict: Verdict;
}

export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'sqlite') return location.file;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'mysql://…';
  }
}

export async function runSourceCheck(department: Department, location: DatabaseLocation, options: { persons: number }): Promise<SourceCheckReport> {
  const report: SourceCheckReport = {
    department,
    database: describeLocation(location),
    mapping: location.mappingFile ?? null,
    problems: [],
    tables: [],
    counts: [],
    dirty: [],
    indexes: [],
    timing: null,
    verdict: 'NOT_USABLE',
  };
  let db: DepartmentDatabase;
  try {
    db = new DepartmentDatabase(department, location);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    report.problems.push(...error.problems.map((p) => `mapping ${error.source}: ${p}`));
    return report;
  }
  try {
    report.tables = await db.run((ds) => checkSchema(ds, db.layout));
    const present = new Set<string>();
    for (const t of report.tables) {
      if (!t.found) continue;
      present.add(t.table);
      for (const c of t.columns) if (c.found !== null) present.add(`${t.table}.${c.column}`);
    }
    report.problems.push(...blockingProblems(report.tables));
    const values = await db.run((ds) => checkValues(ds, db.layout, present));
    report.counts = values.tables;
    report.dirty = values.dirty;
    report.indexes = await db.run((ds) => checkIndexes(ds, db.layout, present));
    if (report.problems.length === 0) report.timing = await timeQueries(department, location, options.persons);
  } catch (error) {
    // DepartmentDatabase names the department and a classified reason (never the SQL or its values).
    report.problems.push(`the ${DEPARTMENT_INFO[department].nameEn} database could not be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await db.close();
  }
  const warnings =
    report.tables.some((t) => t.columns.some((c) => c.severity === 'warning')) || report.dirty.length > 0 || report.indexes.some((i) => !i.present);
  report.verdict = report.problems.length > 0 ? 'NOT_USABLE' : warnings ? 'USABLE_WITH_WARNINGS' : 'READY';
  return report;
}
