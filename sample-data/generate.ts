/**
 * The sample county as a service: fill SQLite files or MariaDB databases with it, and produce the
 * findings a correct cross-check must report on its payment batches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';
import type { HubConfig } from '../lib/config.js';
import { checkCountyOptions, generateCounty, type CountySummary } from './county.js';
import { FactCollector, LineCollector, evaluateLines } from './expected-findings.js';
import type { LegacyTableName } from '../adapters/legacy-tables.js';
import type { Rule } from '../lib/rules.js';
import type { ExpectedFinding } from './rows.js';
import {
  DepartmentSink,
  MysqlDepartmentWriter,
  SqliteDepartmentWriter,
  checkDatabaseName,
  sqliteFileOf,
  teeSink,
  type DepartmentWriter,
} from './writers.js';

export interface SampleOptions {
  /** Register persons, 1,000 to 1,000,000. */
  persons: number;
  seed: number;
  /** Lines of an extra load-test batch (城乡居民基础养老金, 202405); persons repeat when it outgrows the county. */
  batchLines?: number;
  /**
   * Compute the expected findings (the county is generated a second time for it). Default:
   * only while both the county and the load-test batch stay at or under 200,000.
   */
  expectedFindings?: boolean;
  /** Where to write the expected findings as JSON lines; default `<dir>/expected-findings.jsonl` for SQLite, none for MariaDB. */
  expectedFindingsFile?: string;
}

export type SampleTarget =
  | { kind: 'sqlite'; dir: string }
  /** Only the departments named are dropped, re-created and filled. */
  | { kind: 'mysql'; serverUrl: string; databaseNames: Partial<Record<Department, string>> };

export interface SampleResult {
  persons: number;
  lines: number;
  batches: string[];
  expectedFindings: ExpectedFinding[] | null;
  elapsedMs: number;
  rows: Record<LegacyTableName, number>;
  /** The file the expected findings were written to, if any. */
  expectedFindingsFile: string | null;
}

export const EXPECTED_FINDINGS_FILE = 'expected-findings.jsonl';
const AUTO_EXPECTED_LIMIT = 200_000;

export async function generateSampleData(target: SampleTarget, options: SampleOptions): Promise<SampleResult> {
  const started = performance.now();
  checkCountyOptions(options);
  if (target.kind === 'sqlite') {
    const files = Object.fromEntries(DEPARTMENTS.map((d) => [d, sqliteFileOf(target.dir, d)])) as Record<Department, string>;
    const outcome = await writeSqlite(files, options);
    const file = options.expectedFindingsFile ?? path.join(target.dir, EXPECTED_FINDINGS_FILE);
    if (outcome.findings) writeFindingsFile(file, outcome.findings);
    return result(outcome, started, outcome.findings ? file : null);
  }
  const outcome = await writeMysql(target.serverUrl, target.databaseNames, options);
  const file = options.expectedFindingsFile ?? null;
  if (outcome.findings && file) writeFindingsFile(file, outcome.findings);
  return result(outcome, started, outcome.findings ? file : null);
}

/**
 * For `npm start`: the embedded departments' SQLite files. When any is missing, all of them are
 * generated together into temporary files and renamed into place at the end, so the county is
 * always whole and consistent (existing ones are replaced by the same county again).
 */
export async function ensureEmbeddedSampleData(config: HubConfig): Promise<'created' | 'present'> {
  const files: Partial<Record<Department, string>> = {};
  for (const d of DEPARTMENTS) {
    const dept = config.departments[d];
    if (dept.embedded && dept.database.kind === 'sqlite') files[d] = dept.database.file;
  }
  const missing = Object.values(files).some((f) => !fs.existsSync(f));
  if (!missing) return 'present';
  const options: SampleOptions = { persons: config.sample.persons, seed: config.sample.seed };
  const allEmbedded = DEPARTMENTS.every((d) => files[d] !== undefined);
  // Findings only make sense for the very county in all six departments.
  const outcome = await writeSqlite(files, { ...options, expectedFindings: allEmbedded && options.persons <= AUTO_EXPECTED_LIMIT });
  if (outcome.findings) writeFindingsFile(path.join(config.dataDir, EXPECTED_FINDINGS_FILE), outcome.findings);
  return 'created';
}

interface Outcome {
  summary: CountySummary;
  findings: ExpectedFinding[] | null;
}

function result(outcome: Outcome, started: number, file: string | null): SampleResult {
  return {
    persons: outcome.summary.persons,
    lines: outcome.summary.lines,
    batches: outcome.summary.batches,
    expectedFindings: outcome.findings,
    elapsedMs: Math.round(performance.now() - started),
    rows: outcome.summary.rows,
    expectedFindingsFile: file,
  };
}

function wantsFindings(options: SampleOptions): boolean {
  return options.expectedFindings ?? (options.persons <= AUTO_EXPECTED_LIMIT && (options.batchLines ?? 0) <= AUTO_EXPECTED_LIMIT);
}

async function writeSqlite(files: Partial<Record<Department, string>>, options: SampleOptions): Promise<Outcome> {
  const writers: Partial<Record<Department, SqliteDepartmentWriter>> = {};
  const sink = new DepartmentSink(writers);
  try {
    for (const [d, file] of Object.entries(files) as [Department, string][]) {
      removeStalePartials(file);
      writers[d] = new SqliteDepartmentWriter(d, file);
    }
    const outcome = await generateInto(sink, options);
    await sink.finish();
    // Renaming last, all together: a crash before this point leaves only partial files behind.
    for (const w of Object.values(writers)) w.commitRename();
    return outcome;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

async function writeMysql(
  serverUrl: string,
  names: Partial<Record<Department, string>>,
  options: SampleOptions,
): Promise<Outcome> {
  checkServerUrl(serverUrl);
  for (const name of Object.values(names)) checkDatabaseName(name);
  const writers: Partial<Record<Department, DepartmentWriter>> = {};
  const sink = new DepartmentSink(writers);
  try {
    for (const [d, name] of Object.entries(names) as [Department, string][]) {
      writers[d] = await MysqlDepartmentWriter.open(serverUrl, name, d);
    }
    const outcome = await generateInto(sink, options);
    await sink.finish();
    return outcome;
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

async function generateInto(sink: DepartmentSink, options: SampleOptions): Promise<Outcome> {
  const lines = wantsFindings(options) ? new LineCollector() : null;
  const summary = await generateCounty(options, teeSink(sink, lines));
  if (!lines) return { summary, findings: null };
  // The second, identical run keeps only the rows the lines need.
  const facts = new FactCollector(lines.interest());
  await generateCounty(options, facts);
  return { summary, findings: evaluateLines(lines, facts) };
}

/**
 * The county generated in memory only, with the findings the generator planned for each line and
 * those the reference evaluator derived independently. For tests.
 */
export async function sampleInMemory(options: SampleOptions): Promise<{
  summary: CountySummary;
  findings: ExpectedFinding[];
  intended: Map<number, ReadonlySet<Rule> | null>;
}> {
  const lines = new LineCollector();
  const summary = await generateCounty(options, lines);
  const facts = new FactCollector(lines.interest());
  await generateCounty(options, facts);
  return { summary, findings: evaluateLines(lines, facts), intended: lines.intents };
}

export function defaultDatabaseNames(prefix = '', suffix = ''): Record<Department, string> {
  return Object.fromEntries(
    DEPARTMENTS.map((d) => [d, `${prefix}${DEPARTMENT_INFO[d].defaultDatabase}${suffix}`]),
  ) as Record<Department, string>;
}

function checkServerUrl(serverUrl: string): void {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new RangeError('the MariaDB server must be a URL like mysql://root@127.0.0.1:3306');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new RangeError('the MariaDB server URL must start with mysql:// or mariadb://');
  }
  if (url.pathname !== '' && url.pathname !== '/') {
    throw new RangeError('the MariaDB server URL must not name a database: the databases are named separately');
  }
}

function removeStalePartials(file: string): void {
  const dir = path.dirname(file);
  const base = `${path.basename(file)}.partial-`;
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir)) {
    if (!entry.startsWith(base)) continue;
    const pid = Number(entry.slice(base.length));
    // Only leftovers of processes that are gone: a concurrent generator keeps its own.
    if (Number.isInteger(pid) && !processAlive(pid)) fs.rmSync(path.join(dir, entry), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeFindingsFile(file: string, findings: ExpectedFinding[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const fd = fs.openSync(partial, 'w');
  try {
    let chunk = '';
    for (const f of findings) {
      chunk += `${JSON.stringify({ lineId: f.lineId, rule: f.rule })}\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}
