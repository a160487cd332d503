/**
 * Times the central copy (bench/central-sql.ts): building the normalised copy, then the one-pass
 * query of each month, each `runs` times (the best counts), and keeps the last query's findings of
 * each month for the line-by-line comparison with the hub.
 */
import os from 'node:os';
import mysql from 'mysql2/promise';
import { RULES, type Rule } from '../lib/rules.js';
import { centralCopy, centralQuery, type DatabaseNames } from './central-sql.js';
import { cpuSeconds, findProcess } from './rss.js';

/** One timed measurement and the 1-minute load average when it started. */
export interface Timed {
  ms: number;
  load: number;
  /** CPU seconds the MariaDB server used meanwhile (shared with whatever else it serves), when it runs here. */
  dbCpu?: number;
}

/** The local MariaDB server's CPU seconds so far; NaN when it does not run on this machine. */
export function dbCpuNow(): number {
  const pid = findProcess(['mariadbd', 'mysqld']);
  return pid === null ? NaN : cpuSeconds(pid);
}

export interface CentralMonth {
  period: string;
  runs: Timed[];
  lines: number;
  counts: Record<Rule, number>;
  findings: Map<Rule, Set<string>>;
}

export interface CentralResult {
  copyDatabase: string;
  copy: Timed[];
  /** The steps of the last copy, for the report. */
  copySteps: { label: string; ms: number }[];
  months: CentralMonth[];
}

export const best = (runs: Timed[]): Timed => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
export const load1 = () => os.loadavg()[0]!;

export async function runCentral(
  server: string,
  names: DatabaseNames,
  copyDatabase: string,
  scope: { periods: string[]; region: string },
  runs: number,
  log: (line: string) => void,
): Promise<CentralResult> {
  const connection = await mysql.createConnection({ uri: `${server}/${names.FINANCE}`, supportBigNumbers: true, bigNumberStrings: true });
  try {
    const result: CentralResult = { copyDatabase, copy: [], copySteps: [], months: [] };
    for (let i = 0; i < runs; i++) {
      const load = load1();
      const steps: { label: string; ms: number }[] = [];
      const started = performance.now();
      for (const statement of centralCopy(names, copyDatabase)) {
        const t = performance.now();
        await connection.query(statement.sql, statement.params);
        steps.push({ label: statement.label, ms: performance.now() - t });
      }
      result.copy.push({ ms: performance.now() - started, load });
      result.copySteps = steps;
      log(`central copy ${i + 1}/${runs}: ${(result.copy.at(-1)!.ms / 1000).toFixed(2)} s (load ${load.toFixed(2)})`);
    }
    for (const period of scope.periods) {
      const query = centralQuery(copyDatabase, { period, region: scope.region });
      const month: CentralMonth = { period, runs: [], lines: 0, counts: {} as Record<Rule, number>, findings: new Map() };
      for (let i = 0; i < runs; i++) {
        for (const sql of query.cleanup) await connection.query(sql);
        const load = load1();
        const db = dbCpuNow();
        const started = performance.now();
        let row: Record<string, string | number> = {};
        for (const statement of query.statements) {
          const [rows] = (await connection.query(statement.sql, statement.params)) as [unknown, unknown];
          if (Array.isArray(rows)) row = rows[0] as Record<string, string | number>;
        }
        month.runs.push({ ms: performance.now() - started, load, dbCpu: dbCpuNow() - db });
        month.lines = Number(row.line_count ?? 0);
        month.counts = Object.fromEntries(RULES.map((rule) => [rule, Number(row[rule] ?? 0)])) as Record<Rule, number>;
      }
      // The findings themselves, untimed, from the last run's table.
      const [flagged] = (await connection.query(query.flagged)) as unknown as [
        Array<Record<string, string | number>>,
      ];
      for (const rule of RULES) month.findings.set(rule, new Set(flagged.filter((r) => Number(r[rule]) === 1).map((r) => String(r.mxid))));
      for (const sql of query.cleanup) await connection.query(sql);
      result.months.push(month);
      log(`central query ${period}: ${month.lines.toLocaleString('en')} lines, ${month.runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(', ')}`);
    }
    return result;
  } finally {
    await connection.end();
  }
}

export async function dropDatabase(server: string, name: string): Promise<void> {
  // Only ever the benchmark's own.
  if (!name.startsWith('bench_')) throw new Error(`refusing to drop ${name}: not a bench_ database`);
  const admin = await mysql.createConnection({ uri: server });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
}
