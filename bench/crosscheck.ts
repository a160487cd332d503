/**
 * Benchmark of issue 9: the analyst's monthly cross-check through the hub against the best central
 * copy, on MariaDB, in one command.
 *
 *   node --import tsx bench/crosscheck.ts                       # 100,000 persons, 202401-202403, every mode
 *   node --import tsx bench/crosscheck.ts --lines 1000000       # one month of a 1,000,000-line batch (RSS)
 *
 * 1. Generates the sample county into six `bench_` MariaDB databases (sample-data/generate.ts),
 *    with a 100-line load-test batch (RS-JCYLJ, 202405) for the fixed cost of a small run, or with
 *    `--lines N` a load-test batch of N lines, checked as its own month.
 * 2. Central copy (bench/central-sql.ts): builds the normalised copy of the six databases (COPY)
 *    and runs the one-pass query of each month (QUERY), each best of `--central-runs` (3).
 * 3. For each mode (bench/hub-modes.ts: in-process; Redis + 1 and + 2 `hub worker` processes,
 *    store on a throwaway MariaDB database): starts the hub as `npm start` does, mints an analyst
 *    token with `hub token --role analyst --region <county>`, times `hub crosscheck --batch` of the
 *    100-line batch (three times) and `hub crosscheck --period <month> --format jsonl --out ...`
 *    for each month (wall time from spawn to exit; hub time from the run's start to its end), and
 *    follows the peak resident memory of each process.
 * 4. Compares the hub's findings with the central query's, line by line and rule by rule.
 * 5. With the profile hook in every process, checks the largest month once more in one mode and
 *    summarises where the time went (bench/profile-summary.ts).
 * 6. Prints the Markdown report and writes it (and the figures as JSON) to bench/results/.
 *
 * See bench/README.md. Exit code 1 when a figure could not be taken or the findings disagree.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { RULES, type Rule } from '../lib/rules.js';
import { defaultDatabaseNames, generateSampleData } from '../sample-data/generate.js';
import { MAX_PERSONS, MIN_PERSONS } from '../sample-data/county.js';
import type { ExpectedFinding } from '../sample-data/rows.js';
import { dropDatabase, runCentral, type CentralResult } from './central-run.js';
import { DEFAULT_MODES, parseMode, type ModeContext, type ModeSpec } from './hub-modes.js';
import { FIXED_COST_LINES, benchMode, log, profileRun, quiet, safeError } from './hub-runs.js';
import { markdownReport, type BenchResult } from './crosscheck-report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PERIODS = '202401,202402,202403';
/** The generator's load-test batch: 城乡居民基础养老金 in 202405 (sample-data/catalog.ts BENCH_BATCH). */
const LOAD_TEST = { programme: 'RS-JCYLJ', period: '202405' };
/** The generator fills the load-test batch from about 68% of the register (persons with an account). */
const PERSONS_PER_LINE = 1 / 0.68;

const USAGE = `Usage: node --import tsx bench/crosscheck.ts [options]

  --persons N          register persons (default 100000; with --lines: lines / 0.68, ${MIN_PERSONS}-${MAX_PERSONS})
  --periods LIST       months to check, comma-separated (default ${DEFAULT_PERIODS}; with --lines: ${LOAD_TEST.period})
  --lines N            add a load-test batch of N lines (${LOAD_TEST.programme}, ${LOAD_TEST.period}) and check its month
                       (peak RSS at 1m lines: --lines 1000000); without it a ${FIXED_COST_LINES}-line batch is added for the fixed cost
  --modes LIST         hub configurations (default ${DEFAULT_MODES.join(',')}; also in-process-mysql, workers-N)
  --central-runs N     runs of the central copy and of each central query; the best counts (default 3)
  --fixed-runs N       runs of the ${FIXED_COST_LINES}-line batch per mode (default 3)
  --set KEY=VALUE      a HUB_* setting for the hub and the workers (repeatable), e.g. --set HUB_CHUNK_LINES=2000
  --profile-mode MODE  the mode of the profiled extra run of the largest month (default: the first mode)
  --no-profile         no profiled run
  --quiet-load L       before each measured phase (central, each mode's start, its first measurement, each month), wait
                       (20 s at a time, up to --quiet-wait-minutes) until the 1-minute load average is at most L
                       (default: do not wait)
  --quiet-wait-minutes M  (default 15)
  --timeout-minutes M  give up on one CLI run after M minutes (default 60)
  --month-runs N       runs of each month per mode; the best (wall time) counts, as for the central query,
                       and the first (the hub cold from start-up) is reported beside it (default 2)
  --retries N          check a month again after a run that FAILED, up to N times; the failures are reported (default 1)
  --seed N             generator seed (default 20240301)
  --mysql URL          MariaDB server (default mysql://root@127.0.0.1:3306)
  --redis URL          Redis for the worker modes (default redis://127.0.0.1:6379)
  --prefix P           database name prefix, must start with bench_ (default bench_)
  --reference          also compare with the generator's reference evaluator (default: up to 200,000 persons and lines)
  --no-reference       do not
  --central-only       only generation and the central copy
  --hub-only           skip the central copy (no ratio, no comparison of findings)
  --keep               keep the department databases and the central copy
  --reuse              use databases kept by an earlier --keep run of the same size instead of generating
  --hub-dir DIR        start the hub (and the CLI) from another checkout (A/B comparisons; default: this one)
  --out FILE           the Markdown report (default bench/results/crosscheck-<date>-<persons>.md; JSON beside it)
`;

export interface Options {
  persons: number;
  periods: string[];
  lines: number | null;
  modes: ModeSpec[];
  centralRuns: number;
  fixedRuns: number;
  settings: Record<string, string>;
  profileMode: ModeSpec | null;
  quietLoad: number | null;
  quietWaitMs: number;
  timeoutMs: number;
  retries: number;
  monthRuns: number;
  seed: number;
  server: string;
  redisUrl: string;
  prefix: string;
  reference: boolean;
  centralOnly: boolean;
  hubOnly: boolean;
  keep: boolean;
  reuse: boolean;
  hubDir: string;
  out: string | null;
}

class UsageError extends Error {}

function options(): Options {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string' },
      periods: { type: 'string' },
      lines: { type: 'string' },
      modes: { type: 'string', default: DEFAULT_MODES.join(',') },
      'central-runs': { type: 'string', default: '3' },
      'fixed-runs': { type: 'string', default: '3' },
      set: { type: 'string', multiple: true, default: [] },
      'profile-mode': { type: 'string' },
      'no-profile': { type: 'boolean', default: false },
      'quiet-load': { type: 'string' },
      'quiet-wait-minutes': { type: 'string', default: '15' },
      'timeout-minutes': { type: 'string', default: '60' },
      retries: { type: 'string', default: '1' },
      'month-runs': { type: 'string', default: '2' },
      seed: { type: 'string', default: '20240301' },
      mysql: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
      redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
      prefix: { type: 'string', default: 'bench_' },
      reference: { type: 'boolean' },
      'no-reference': { type: 'boolean' },
      'central-only': { type: 'boolean', default: false },
      'hub-only': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      'hub-dir': { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (flag: string, raw: string, min: number, max: number) => {
    const n = Number(raw.replaceAll('_', '').replace(/k$/i, '000').replace(/m$/i, '000000'));
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 20)}"`);
    return n;
  };
  const lines = values.lines === undefined ? null : whole('--lines', values.lines, 1, 10_000_000);
  const persons =
    values.persons !== undefined
      ? whole('--persons', values.persons, MIN_PERSONS, MAX_PERSONS)
      : lines === null
        ? 100_000
        : Math.min(MAX_PERSONS, Math.max(MIN_PERSONS, Math.ceil(lines * PERSONS_PER_LINE)));
  const periods = (values.periods ?? (lines === null ? DEFAULT_PERIODS : LOAD_TEST.period)).split(',').map((p) => p.trim());
  for (const p of periods) if (!/^\d{4}(0[1-9]|1[0-2])$/.test(p)) throw new UsageError(`--periods: "${p.slice(0, 10)}" is not YYYYMM`);
  const mode = (name: string) => {
    try {
      return parseMode(name.trim());
    } catch (error) {
      throw new UsageError(`--modes: ${(error as Error).message}`);
    }
  };
  const modes = values.modes!.split(',').map(mode);
  const settings: Record<string, string> = {};
  for (const entry of values.set!) {
    const match = /^(HUB_[A-Z0-9_]+)=(.*)$/.exec(entry);
    if (!match) throw new UsageError(`--set takes HUB_NAME=value, got "${entry.slice(0, 40)}"`);
    settings[match[1]!] = match[2]!;
  }
  const prefix = values.prefix!;
  // Its databases are dropped: only ever names that are obviously the benchmark's own.
  if (!/^bench_[A-Za-z0-9_]*$/.test(prefix)) throw new UsageError('--prefix must start with bench_ and hold only letters, digits and _');
  if (!/^(mysql|mariadb):\/\/[^/]+\/?$/.test(values.mysql!)) throw new UsageError('--mysql must be a server URL without a database, like mysql://root@127.0.0.1:3306');
  if (values['central-only'] && values['hub-only']) throw new UsageError('--central-only and --hub-only exclude each other');
  return {
    persons,
    periods,
    lines,
    modes,
    centralRuns: whole('--central-runs', values['central-runs']!, 1, 20),
    fixedRuns: whole('--fixed-runs', values['fixed-runs']!, 0, 20),
    settings,
    profileMode: values['no-profile'] ? null : values['profile-mode'] ? mode(values['profile-mode']) : modes[0]!,
    quietLoad: values['quiet-load'] === undefined ? null : Number(values['quiet-load']),
    quietWaitMs: whole('--quiet-wait-minutes', values['quiet-wait-minutes']!, 0, 24 * 60) * 60_000,
    timeoutMs: whole('--timeout-minutes', values['timeout-minutes']!, 1, 24 * 60) * 60_000,
    retries: whole('--retries', values.retries!, 0, 5),
    monthRuns: whole('--month-runs', values['month-runs']!, 1, 10),
    seed: whole('--seed', values.seed!, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    server: values.mysql!.replace(/\/$/, '').replace(/^mariadb:/, 'mysql:'),
    redisUrl: values.redis!,
    prefix,
    reference: values['no-reference'] ? false : (values.reference ?? (persons <= 200_000 && (lines ?? 0) <= 200_000)),
    centralOnly: values['central-only']!,
    hubOnly: values['hub-only']!,
    keep: values.keep!,
    reuse: values.reuse!,
    hubDir: path.resolve(values['hub-dir'] ?? ROOT),
    out: values.out ? path.resolve(values.out) : null,
  };
}

// ---- small helpers -------------------------------------------------------------------------------

const label = (n: number) => (n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n));

// ---- the data ------------------------------------------------------------------------------------

export interface Scope {
  county: string;
  months: { period: string; batches: number; lines: number }[];
  /** The 100-line batch for the fixed cost, when generated. */
  fixedBatch: string | null;
}

async function scopeOf(opts: Options, finance: string): Promise<Scope> {
  const connection = await mysql.createConnection({ uri: `${opts.server}/${finance}` });
  try {
    const [counties] = (await connection.query(`SELECT DISTINCT TRIM(XZQHDM) AS county FROM FF_PC`)) as unknown as [{ county: string }[]];
    if (counties.length !== 1) throw new Error(`expected the batches of one county, found ${counties.length}`);
    const [months] = (await connection.query(
      `SELECT p.FFQJ AS period, COUNT(DISTINCT p.PCH) AS batches, COUNT(*) AS n FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH GROUP BY p.FFQJ`,
    )) as unknown as [{ period: string; batches: number; n: number }[]];
    const byPeriod = new Map(months.map((m) => [m.period, m]));
    for (const p of opts.periods) if (!byPeriod.has(p)) throw new Error(`the county has no batches in ${p}: it has ${[...byPeriod.keys()].join(', ')}`);
    const [fixed] = (await connection.query(
      `SELECT p.PCH AS batch, COUNT(*) AS n FROM FF_PC p JOIN FF_MX m ON m.PCH = p.PCH WHERE p.XMDM = ? AND p.FFQJ = ? GROUP BY p.PCH`,
      [LOAD_TEST.programme, LOAD_TEST.period],
    )) as unknown as [{ batch: string; n: number }[]];
    return {
      county: counties[0]!.county,
      months: opts.periods.map((p) => ({ period: p, batches: Number(byPeriod.get(p)!.batches), lines: Number(byPeriod.get(p)!.n) })),
      fixedBatch: opts.lines === null && fixed.length === 1 && Number(fixed[0]!.n) === FIXED_COST_LINES ? fixed[0]!.batch : null,
    };
  } finally {
    await connection.end();
  }
}

/** The generator's reference findings on the lines of the months checked, as line ids per rule. */
async function referenceFindings(opts: Options, finance: string, expected: ExpectedFinding[]): Promise<Map<Rule, Set<string>>> {
  const connection = await mysql.createConnection({ uri: `${opts.server}/${finance}`, supportBigNumbers: true, bigNumberStrings: true });
  try {
    const [rows] = (await connection.query(`SELECT m.MXID AS id FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH WHERE p.FFQJ IN (?)`, [opts.periods])) as unknown as [{ id: string }[]];
    const inScope = new Set(rows.map((r) => String(r.id)));
    const byRule = new Map<Rule, Set<string>>(RULES.map((rule) => [rule, new Set<string>()]));
    for (const f of expected) if (inScope.has(f.lineId)) byRule.get(f.rule)!.add(f.lineId);
    return byRule;
  } finally {
    await connection.end();
  }
}

// ---- main ----------------------------------------------------------------------------------------

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = options();
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const suffix = `_${label(opts.persons)}${opts.lines === null ? '' : `_l${label(opts.lines)}`}`;
  const names = defaultDatabaseNames(opts.prefix, suffix);
  const copyDatabase = `${opts.prefix}central${suffix}`;
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const outFile = opts.out ?? path.join(ROOT, 'bench', 'results', `crosscheck-${stamp}-${label(opts.persons)}${opts.lines === null ? '' : `-l${label(opts.lines)}`}.md`);
  const workDir = path.join(path.dirname(outFile), `${path.basename(outFile, '.md')}-files`);
  mkdirSync(workDir, { recursive: true });

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryGiB: os.totalmem() / 2 ** 30, node: process.version, mariadb: '' },
    persons: opts.persons,
    loadTestLines: opts.lines,
    seed: opts.seed,
    settings: opts.settings,
    generateMs: null,
    scope: null,
    central: null,
    modes: [],
    profile: null,
    reference: null,
    errors: [],
  };
  let expected: ExpectedFinding[] | null = null;
  try {
    if (opts.reuse) log(`reusing ${Object.values(names).join(', ')}`);
    else {
      const batchLines = opts.lines ?? FIXED_COST_LINES;
      log(`generating ${opts.persons.toLocaleString('en')} persons (+ a ${batchLines.toLocaleString('en')}-line batch) into ${Object.values(names).join(', ')} ...`);
      const generated = await generateSampleData(
        { kind: 'mysql', serverUrl: opts.server, databaseNames: names },
        { persons: opts.persons, seed: opts.seed, batchLines, expectedFindings: opts.reference },
      );
      result.generateMs = generated.elapsedMs;
      expected = generated.expectedFindings;
      log(`generated ${generated.lines.toLocaleString('en')} lines in ${generated.batches.length} batches in ${(generated.elapsedMs / 1000).toFixed(1)} s`);
    }
    const scope = await scopeOf(opts, names.FINANCE);
    result.scope = scope;
    if (expected) result.reference = await referenceFindings(opts, names.FINANCE, expected);
    result.machine.mariadb = await serverVersion(opts.server);

    let central: CentralResult | null = null;
    if (!opts.hubOnly) {
      await quiet(opts, 'central');
      central = await runCentral(opts.server, names, copyDatabase, { periods: opts.periods, region: scope.county }, opts.centralRuns, log);
      result.central = central;
    }
    if (!opts.centralOnly) {
      const ctx: ModeContext = {
        root: opts.hubDir,
        server: opts.server,
        names,
        prefix: opts.prefix,
        redisUrl: opts.redisUrl,
        secrets: { hs256: randomBytes(32).toString('hex'), internal: randomBytes(32).toString('hex'), audit: randomBytes(32).toString('hex') },
        settings: opts.settings,
        profileDir: null,
        log,
      };
      for (const mode of opts.modes) result.modes.push(await benchMode(opts, ctx, mode, scope, workDir));
      if (opts.profileMode) {
        try {
          result.profile = await profileRun(opts, ctx, opts.profileMode, scope, path.join(workDir, 'profiles'), workDir);
        } catch (error) {
          result.errors.push(`profile: ${safeError(error)}`);
        }
      }
    }
  } catch (error) {
    result.errors.push(safeError(error));
    log(`failed: ${safeError(error)}`);
  } finally {
    if (!opts.keep) {
      for (const name of [...Object.values(names), copyDatabase]) await dropDatabase(opts.server, name).catch((error: unknown) => result.errors.push(`drop ${name}: ${safeError(error)}`));
    }
  }

  const { markdown, problems } = markdownReport(result, { outFile, command: `node --import tsx bench/crosscheck.ts ${process.argv.slice(2).join(' ')}`.trim() });
  console.log(markdown);
  writeFileSync(outFile, `${markdown}\n`);
  writeFileSync(outFile.replace(/\.md$/, '.json'), JSON.stringify(result, (_k, v: unknown) => (v instanceof Map ? undefined : v instanceof Set ? undefined : v), 2));
  log(`written to ${path.relative(process.cwd(), outFile)}`);
  return problems > 0 || result.errors.length > 0 ? 1 : 0;
}

async function serverVersion(server: string): Promise<string> {
  const connection = await mysql.createConnection({ uri: server });
  try {
    const [[row]] = (await connection.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
    return row.v;
  } finally {
    await connection.end();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${safeError(error)}`);
    process.exitCode = 1;
  },
);
