/**
 * npm run sample -- [--persons N] [--seed N] [--sqlite-dir DIR] [--mysql URL [--prefix P] [--suffix S]]
 *                   [--batch-lines N] [--findings FILE] [--expected | --no-expected]
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../lib/config.js';
import { MAX_BATCH_LINES, MAX_PERSONS, MIN_PERSONS } from './county.js';
import { defaultDatabaseNames, generateSampleData, type SampleOptions, type SampleResult, type SampleTarget } from './generate.js';
import { RULES } from '../lib/rules.js';
import { checkDatabaseName } from './writers.js';

const USAGE = `Generates the sample county into the six departments' legacy tables.

  --persons N        register persons, ${MIN_PERSONS}-${MAX_PERSONS} (default HUB_SAMPLE_PERSONS or 2000)
  --seed N           PRNG seed (default HUB_SAMPLE_SEED or 20240301)
  --sqlite-dir DIR   write <DIR>/<database>.sqlite per department (default: HUB_DATA_DIR, when --mysql is not given)
  --mysql URL        MariaDB/MySQL server, e.g. mysql://root@127.0.0.1:3306 (databases are dropped and re-created)
  --prefix P         database name prefix on the server (e.g. bench_)
  --suffix S         database name suffix on the server
  --batch-lines N    add a load-test batch of N lines (0-${MAX_BATCH_LINES})
  --findings FILE    write the expected findings (JSON lines) here
  --expected         compute the expected findings even for a large county
  --no-expected      do not compute them
`;

class UsageError extends Error {}

interface Args {
  persons?: number;
  seed?: number;
  sqliteDir?: string;
  mysql?: string;
  prefix: string;
  suffix: string;
  batchLines?: number;
  findings?: string;
  expected?: boolean;
  help: boolean;
}

const VALUE_FLAGS = new Set(['--persons', '--seed', '--sqlite-dir', '--mysql', '--prefix', '--suffix', '--batch-lines', '--findings']);

function parseArgs(argv: string[]): Args {
  const args: Args = { prefix: '', suffix: '', help: false };
  for (let i = 0; i < argv.length; i++) {
    let flag = argv[i]!;
    let value: string | undefined;
    const eq = flag.indexOf('=');
    if (flag.startsWith('--') && eq > 0) {
      value = flag.slice(eq + 1);
      flag = flag.slice(0, eq);
    }
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    if (flag === '--expected' || flag === '--no-expected') {
      if (value !== undefined) throw new UsageError(`${flag} takes no value`);
      args.expected = flag === '--expected';
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new UsageError(`unknown flag ${JSON.stringify(flag)}`);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    }
    switch (flag) {
      case '--persons':
        args.persons = wholeNumber(flag, value, MIN_PERSONS, MAX_PERSONS);
        break;
      case '--seed':
        args.seed = wholeNumber(flag, value, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        break;
      case '--batch-lines':
        args.batchLines = wholeNumber(flag, value, 0, MAX_BATCH_LINES);
        break;
      case '--sqlite-dir':
        args.sqliteDir = nonEmpty(flag, value);
        break;
      case '--mysql':
        args.mysql = nonEmpty(flag, value);
        if (!/^(mysql|mariadb):\/\/[^/]+\/?$/.test(args.mysql)) {
          throw new UsageError(`--mysql must be a server URL without a database, like mysql://root@127.0.0.1:3306`);
        }
        break;
      case '--prefix':
        args.prefix = value;
        break;
      case '--suffix':
        args.suffix = value;
        break;
      case '--findings':
        args.findings = nonEmpty(flag, value);
        break;
    }
  }
  if ((args.prefix || args.suffix) && !args.mysql) throw new UsageError('--prefix and --suffix only apply with --mysql');
  for (const [flag, v] of [['--prefix', args.prefix], ['--suffix', args.suffix]] as const) {
    if (v !== '' && !/^[A-Za-z0-9_]+$/.test(v)) throw new UsageError(`${flag} may only hold letters, digits and underscores`);
  }
  return args;
}

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const text = raw.replaceAll('_', '');
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

function nonEmpty(flag: string, raw: string): string {
  if (raw.trim() === '') throw new UsageError(`${flag} must not be empty`);
  return raw.trim();
}

/** The server URL without its password, for printing. */
function safeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(server)';
  }
}

function report(where: string, r: SampleResult): void {
  console.log(`\n${where}: ${r.persons.toLocaleString('en')} persons, ${r.lines.toLocaleString('en')} payment lines in ${r.batches.length} batches, ${(r.elapsedMs / 1000).toFixed(1)} s`);
  for (const [table, n] of Object.entries(r.rows)) console.log(`  ${table.padEnd(10)} ${n.toLocaleString('en').padStart(12)}`);
  if (r.expectedFindings) {
    const counts = new Map<string, number>();
    for (const f of r.expectedFindings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    const flagged = new Set(r.expectedFindings.map((f) => f.lineId)).size;
    console.log(`  expected findings: ${r.expectedFindings.length.toLocaleString('en')} on ${flagged.toLocaleString('en')} lines`);
    for (const rule of RULES) console.log(`    ${rule.padEnd(26)} ${String(counts.get(rule) ?? 0).padStart(8)}`);
    if (r.expectedFindingsFile) console.log(`  written to ${r.expectedFindingsFile}`);
  } else {
    console.log('  expected findings: not computed');
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`sample: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(process.env);
  const options: SampleOptions = {
    persons: args.persons ?? config.sample.persons,
    seed: args.seed ?? config.sample.seed,
    batchLines: args.batchLines,
    expectedFindings: args.expected,
  };
  const targets: [string, SampleTarget, string | undefined][] = [];
  if (args.sqliteDir !== undefined || args.mysql === undefined) {
    const dir = path.resolve(args.sqliteDir ?? config.dataDir);
    targets.push([`SQLite ${dir}`, { kind: 'sqlite', dir }, args.findings]);
  }
  if (args.mysql !== undefined) {
    const names = defaultDatabaseNames(args.prefix, args.suffix);
    for (const name of Object.values(names)) checkDatabaseName(name);
    const findings = args.findings ?? path.join(config.dataDir, `${args.prefix}expected-findings${args.suffix}.jsonl`);
    const where = `MariaDB ${safeUrl(args.mysql)} (${Object.values(names).join(', ')})`;
    targets.push([where, { kind: 'mysql', serverUrl: args.mysql, databaseNames: names }, findings]);
  }
  for (const [where, target, findings] of targets) {
    console.log(`Generating ${options.persons.toLocaleString('en')} persons (seed ${options.seed}) into ${where} ...`);
    const result = await generateSampleData(target, { ...options, expectedFindingsFile: findings });
    report(where, result);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof RangeError) console.error(`sample: ${error.message}`);
    else {
      // Server messages can quote SQL values (ID numbers): for those print only the error code.
      const code = (error as { code?: unknown })?.code;
      const message = error instanceof Error ? error.message : String(error);
      if (typeof code === 'string' && code.startsWith('ER_')) console.error(`sample: the database refused a statement (${code})`);
      else console.error(`sample: failed: ${message}`);
    }
    process.exitCode = 1;
  },
);
