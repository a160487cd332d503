/**
 * Benchmark of the federated cross-check against the "central copy" it avoids (issue 3).
 *
 * For each batch size: generates the sample county into MariaDB (six `bench_` databases, one
 * load-test batch of exactly N lines: 城乡居民基础养老金 RS-JCYLJ, 202405), starts the whole hub as a
 * child process on those databases, checks the batch through the gateway as an analyst (start the
 * check with GraphQL, poll its progress), and runs the same rules as a few SQL statements over the
 * six databases joined in the same server (bench/central-sql.ts). Prints lines/second of both, the
 * ratio, the hub's peak RSS (the sum over its process tree, sampled every 200 ms) and the per-rule
 * counts of both methods side by side.
 *
 *   node --import tsx bench/crosscheck.ts [--lines 10000,100000,1000000] [--persons N] [--keep] ...
 *
 * See bench/README.md.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import mysql from 'mysql2/promise';
import { RULES, type Rule } from '../lib/rules.js';
import { redactIdNumbers } from '../lib/graphql-client.js';
import { mintUserToken } from '../access/tokens.js';
import { defaultDatabaseNames, generateSampleData } from '../sample-data/generate.js';
import { MAX_PERSONS, MIN_PERSONS } from '../sample-data/county.js';
import { centralStatements, type DatabaseNames } from './central-sql.js';
import { RssSampler, mib, processTree, treeCpuSeconds } from './rss.js';
import { benchHubEnv, spawnHub } from './hub-process.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_PROGRAMME = 'RS-JCYLJ';
const BENCH_PERIOD = '202405';
/** The generator fills the load-test batch from about 68% of the register (persons with an account). */
const PERSONS_PER_LINE = 1 / 0.68;

const USAGE = `Usage: node --import tsx bench/crosscheck.ts [options]

  --lines LIST        batch sizes, comma-separated (default 10000,100000,1000000)
  --persons N         register persons for every size (default: lines / 0.68, within ${MIN_PERSONS}-${MAX_PERSONS},
                      so each line is a different person while the county allows it)
  --seed N            generator seed (default 20240301)
  --mysql URL         MariaDB server (default mysql://root@127.0.0.1:3306)
  --prefix P          database name prefix, must start with bench_ (default bench_); a size suffix is added
  --store KIND        the hub's own store: sqlite (default, as out of the box) or mysql (a ${'<prefix>'}hub_store_<size> database)
  --timeout-minutes M give up waiting for one federated run after M minutes and report the partial rate (default 40)
  --central-only      skip the hub (only generation and the central SQL)
  --federated-only    skip the central SQL (A/B runs of the hub; no ratio, no cross-check of the counts)
  --reference         also count the generator's reference findings (default: when lines and persons <= 200,000)
  --no-reference      do not
  --json FILE         also write the figures as JSON
  --keep              keep the bench databases (default: dropped at the end of each size)
  --reuse             use bench databases kept by an earlier --keep run of the same size instead of generating
                      (they are kept again); no reference counts then
  --hub-dir DIR       start the hub from another checkout (A/B comparisons of a change; default: this one)
  --profile DIR       profile every hub process during the federated run (inspector, 1 ms sampling), one
                      DIR/hub-<pid>-<service>.cpuprofile each; summarise with bench/profile-summary.ts
`;

interface Options {
  sizes: number[];
  persons: number | null;
  seed: number;
  server: string;
  prefix: string;
  store: 'sqlite' | 'mysql';
  timeoutMs: number;
  centralOnly: boolean;
  federatedOnly: boolean;
  reference: boolean | null;
  json: string | null;
  keep: boolean;
  profileDir: string | null;
  reuse: boolean;
  hubDir: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string', default: '10000,100000,1000000' },
      persons: { type: 'string' },
      seed: { type: 'string', default: '20240301' },
      mysql: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
      prefix: { type: 'string', default: 'bench_' },
      store: { type: 'string', default: 'sqlite' },
      'timeout-minutes': { type: 'string', default: '40' },
      'central-only': { type: 'boolean', default: false },
      'federated-only': { type: 'boolean', default: false },
      reference: { type: 'boolean' },
      'no-reference': { type: 'boolean' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      'hub-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (flag: string, raw: string, min: number, max: number) => {
    const n = Number(raw.replaceAll('_', ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const sizes = values.lines!.split(',').map((s) => whole('--lines', s.trim().replace(/k$/i, '000').replace(/m$/i, '000000'), 1, 10_000_000));
  const prefix = values.prefix!;
  // Its databases are dropped: only ever names that are obviously the benchmark's own.
  if (!/^bench_[A-Za-z0-9_]*$/.test(prefix)) throw new UsageError('--prefix must start with bench_ and hold only letters, digits and _');
  if (!/^(mysql|mariadb):\/\/[^/]+\/?$/.test(values.mysql!)) throw new UsageError('--mysql must be a server URL without a database, like mysql://root@127.0.0.1:3306');
  if (values.store !== 'sqlite' && values.store !== 'mysql') throw new UsageError('--store must be sqlite or mysql');
  return {
    sizes,
    persons: values.persons === undefined ? null : whole('--persons', values.persons, MIN_PERSONS, MAX_PERSONS),
    seed: whole('--seed', values.seed!, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    server: values.mysql!.replace(/\/$/, '').replace(/^mariadb:/, 'mysql:'),
    prefix,
    store: values.store,
    timeoutMs: whole('--timeout-minutes', values['timeout-minutes']!, 1, 24 * 60) * 60_000,
    centralOnly: values['central-only']!,
    federatedOnly: values['federated-only']!,
    reference: values['no-reference'] ? false : values.reference ? true : null,
    json: values.json ?? null,
    keep: values.keep!,
    profileDir: values.profile ? path.resolve(values.profile) : null,
    reuse: values.reuse!,
    hubDir: path.resolve(values['hub-dir'] ?? ROOT),
  };
}

class UsageError extends Error {}

// ---- small helpers -------------------------------------------------------------------------------

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const label = (n: number) => (n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n));
const load = () => os.loadavg()[0]!.toFixed(2);
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Server messages can quote SQL values: never print more than a redacted message. */
function safeError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return redactIdNumbers(`${typeof code === 'string' ? `${code}: ` : ''}${message}`).slice(0, 400);
}

// ---- the central copy ----------------------------------------------------------------------------

interface CentralResult {
  ms: number;
  steps: { label: string; ms: number }[];
  counts: Record<Rule, number>;
}

async function runCentral(connection: mysql.Connection, names: DatabaseNames, batchNumber: string, keepTables: boolean): Promise<CentralResult> {
  const central = centralStatements(names, batchNumber);
  for (const sql of central.cleanup) await connection.query(sql);
  const steps: CentralResult['steps'] = [];
  const started = performance.now();
  let row: Record<string, string | number> = {};
  for (const statement of central.statements) {
    const t = performance.now();
    const [result] = (await connection.query(statement.sql, statement.params)) as [unknown, unknown];
    steps.push({ label: statement.label, ms: performance.now() - t });
    if (Array.isArray(result)) row = result[0] as Record<string, string | number>;
  }
  const ms = performance.now() - started;
  if (!keepTables) for (const sql of central.cleanup) await connection.query(sql);
  const counts = Object.fromEntries(RULES.map((rule) => [rule, Number(row[rule] ?? 0)])) as Record<Rule, number>;
  return { ms, steps, counts };
}

// ---- the hub as a child process ------------------------------------------------------------------

interface RunningHub {
  child: ChildProcess;
  gatewayUrl: string;
  dataDir: string;
  logFile: string;
  token: string;
  sampler: RssSampler;
  startupMs: number;
  exited: Promise<number | null>;
  profiled: boolean;
}

/**
 * Starts, then stops and writes, the CPU profile of every hub process that preloaded the profile
 * hook (a process per service inherits it); others are left alone, SIGUSR2 would end them.
 */
function toggleProfiles(root: number): number {
  let signalled = 0;
  for (const pid of processTree(root)) {
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!command.includes('cpu-profile-hook')) continue;
    process.kill(pid, 'SIGUSR2');
    signalled++;
  }
  return signalled;
}

async function startHub(opts: Options, names: DatabaseNames, suffix: string, county: string): Promise<RunningHub> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const logFile = path.join(dataDir, 'hub.log');
  const secret = randomBytes(32).toString('hex');
  const env = benchHubEnv(opts.server, names, {
    HUB_DATA_DIR: dataDir,
    HUB_AUTH_HS256_SECRET: secret,
    // Polling progress is many small requests; the engine itself (a hub service) is never rate limited.
    HUB_RATE_LIMIT_PER_MINUTE: '100000',
    HUB_RATE_LIMIT_BURST: '10000',
  });
  if (opts.store === 'mysql') {
    const storeDb = `${opts.prefix}hub_store${suffix}`;
    const admin = await mysql.createConnection({ uri: opts.server });
    await admin.query(`DROP DATABASE IF EXISTS \`${storeDb}\``);
    await admin.query(`CREATE DATABASE \`${storeDb}\` CHARACTER SET utf8mb4`);
    await admin.end();
    env.HUB_STORE_URL = `${opts.server}/${storeDb}`;
  }
  const started = performance.now();
  const nodeArgs = opts.profileDir ? ['--import', path.join(ROOT, 'bench', 'cpu-profile-hook.mjs')] : [];
  if (opts.profileDir) env.BENCH_PROFILE_DIR = opts.profileDir;
  const { child, exited, printed } = spawnHub({ cwd: opts.hubDir, env, logFile, nodeArgs });
  const sampler = new RssSampler(child.pid!).start();
  const [gatewayUrl] = await printed([/Gateway:\s+(http\S+)/], 120_000);
  const token = await mintUserToken(
    { authHs256: new TextEncoder().encode(secret), issuer: 'huimin-hub', audience: 'huimin-hub' },
    { sub: 'bench-analyst', role: 'analyst', regions: [county], expiresIn: '24h' },
  );
  return { child, gatewayUrl: gatewayUrl!, dataDir, logFile, token, sampler, startupMs: performance.now() - started, exited, profiled: opts.profileDir !== null };
}

async function stopHub(hub: RunningHub, keepLog: boolean): Promise<void> {
  hub.sampler.stop();
  if (hub.child.exitCode === null) {
    hub.child.kill('SIGTERM');
    const done = await Promise.race([hub.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))]);
    if (!done) {
      hub.child.kill('SIGKILL');
      await hub.exited;
      log(`the hub did not stop within 30 s of SIGTERM and was killed`);
    }
  }
  if (!keepLog) rmSync(hub.dataDir, { recursive: true, force: true });
}

async function gql<T>(hub: RunningHub, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(redactIdNumbers(`gateway: ${body.errors[0]!.message}`));
  return body.data!;
}

interface FederatedResult {
  runId: string;
  status: string;
  error: string | null;
  ms: number;
  linesChecked: number;
  linesTotal: number;
  timedOut: boolean;
  counts: Record<Rule, number>;
  findings: number;
  notCheckedLines: number;
  notChecked: { department: string; lines: number }[];
  rssIdleBytes: number;
  rssPeakBytes: number;
  startupMs: number;
  /** CPU seconds the hub's processes used during the run (less sensitive to other load than the wall time). */
  hubCpuSeconds: number;
}

const RUN_FIELDS = 'id status error linesTotal linesChecked';
const SUMMARY_FIELDS = 'summary { findings linesFlagged byRule { rule findings } notCheckedLines notChecked { department lines } }';

async function runFederated(hub: RunningHub, batchNumber: string, size: number, timeoutMs: number): Promise<FederatedResult> {
  // Let start-up settle, then measure from an idle hub.
  await new Promise((r) => setTimeout(r, 1000));
  // The peak is kept from the hub's start: whatever start-up took counts too.
  const rssIdleBytes = hub.sampler.sample();
  if (hub.profiled) log(`  profiling ${toggleProfiles(hub.child.pid!)} hub processes during the run`);
  const cpuBefore = treeCpuSeconds(hub.child.pid!);
  const started = performance.now();
  const { startCrosscheck: run } = await gql<{ startCrosscheck: { id: string } }>(
    hub,
    `mutation Bench($b: String!) { startCrosscheck(batchNumber: $b) { ${RUN_FIELDS} } }`,
    { b: batchNumber },
  );
  let state: { status: string; error: string | null; linesTotal: number | null; linesChecked: number } = { status: 'RUNNING', error: null, linesTotal: size, linesChecked: 0 };
  let lastLog = 0;
  let timedOut = false;
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    state = (await gql<{ crosscheckRun: typeof state }>(hub, `query BenchProgress($id: ID!) { crosscheckRun(id: $id) { ${RUN_FIELDS} } }`, { id: run.id })).crosscheckRun;
    const elapsed = performance.now() - started;
    if (state.status !== 'RUNNING') break;
    if (elapsed > timeoutMs) {
      timedOut = true;
      break;
    }
    if (elapsed - lastLog > 10_000) {
      lastLog = elapsed;
      const rate = state.linesChecked / (elapsed / 1000);
      log(`  federated ${label(size)}: ${fmt(state.linesChecked)}/${fmt(state.linesTotal ?? size)} lines, ${fmt(rate)} lines/s, hub RSS ${mib(hub.sampler.lastBytes)} (peak ${mib(hub.sampler.peakBytes)}), load ${load()}`);
    }
  }
  const ms = performance.now() - started;
  const hubCpuSeconds = treeCpuSeconds(hub.child.pid!) - cpuBefore;
  if (hub.profiled) {
    toggleProfiles(hub.child.pid!);
    // The hook writes each profile on that signal (cpu-profile-hook.mjs); give the processes a moment.
    await new Promise((r) => setTimeout(r, 5000));
  }
  const rssPeakBytes = hub.sampler.peakBytes;
  const { crosscheckRun: finished } = await gql<{
    crosscheckRun: { summary: { findings: number; byRule: { rule: Rule; findings: number }[]; notCheckedLines: number; notChecked: { department: string; lines: number }[] } };
  }>(hub, `query BenchSummary($id: ID!) { crosscheckRun(id: $id) { ${SUMMARY_FIELDS} } }`, { id: run.id });
  const counts = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<Rule, number>;
  for (const r of finished.summary.byRule) counts[r.rule] = r.findings;
  return {
    runId: run.id,
    status: state.status,
    error: state.error,
    ms,
    linesChecked: state.linesChecked,
    linesTotal: state.linesTotal ?? size,
    timedOut,
    counts,
    findings: finished.summary.findings,
    notCheckedLines: finished.summary.notCheckedLines,
    notChecked: finished.summary.notChecked,
    rssIdleBytes,
    rssPeakBytes,
    startupMs: hub.startupMs,
    hubCpuSeconds,
  };
}

/** Line ids one rule flagged in a federated run (only for a rule whose counts disagree). */
async function federatedLinesOf(hub: RunningHub, runId: string, rule: Rule): Promise<Set<string>> {
  const lines = new Set<string>();
  let after: string | null = null;
  type Page = { findings: { edges: { node: { lineId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  for (;;) {
    const { findings }: Page = await gql<Page>(
      hub,
      `query BenchFindings($id: ID!, $rule: CrosscheckRule, $after: String) { findings(runId: $id, rule: $rule, first: 5000, after: $after) { edges { node { lineId } } pageInfo { hasNextPage endCursor } } }`,
      { id: runId, rule, after },
    );
    for (const edge of findings.edges) lines.add(edge.node.lineId);
    if (!findings.pageInfo.hasNextPage) return lines;
    after = findings.pageInfo.endCursor;
  }
}

// ---- one size ------------------------------------------------------------------------------------

interface SizeResult {
  lines: number;
  persons: number;
  batchNumber: string;
  generateMs: number;
  central: CentralResult[];
  federated: FederatedResult | null;
  federatedError: string | null;
  reference: Record<Rule, number> | null;
  disagreements: { rule: Rule; federated: number; central: number; onlyFederated: string[]; onlyCentral: string[] }[];
  loadAverage: string;
}

async function benchSize(opts: Options, size: number): Promise<SizeResult> {
  const suffix = `_${label(size)}`;
  const names = defaultDatabaseNames(opts.prefix, suffix);
  const persons = opts.persons ?? Math.min(MAX_PERSONS, Math.max(MIN_PERSONS, Math.ceil(size * PERSONS_PER_LINE)));
  const reference = opts.reference ?? (size <= 200_000 && persons <= 200_000);
  let sample: { elapsedMs: number; expectedFindings: { lineId: string; rule: string }[] | null } = { elapsedMs: 0, expectedFindings: null };
  if (opts.reuse) {
    log(`${label(size)}: reusing ${Object.values(names).join(', ')} (persons as generated then)`);
  } else {
    log(`${label(size)}: generating ${fmt(persons)} persons and a batch of ${fmt(size)} lines into ${Object.values(names).join(', ')} (load ${load()}) ...`);
    const generated = await generateSampleData(
      { kind: 'mysql', serverUrl: opts.server, databaseNames: names },
      { persons, seed: opts.seed, batchLines: size, expectedFindings: reference },
    );
    log(`${label(size)}: generated ${fmt(generated.lines)} lines in ${generated.batches.length} batches in ${secs(generated.elapsedMs)}`);
    sample = generated;
  }
  const connection = await mysql.createConnection({ uri: `${opts.server}/${names.FINANCE}`, supportBigNumbers: true, bigNumberStrings: true });
  const result: SizeResult = {
    lines: size,
    persons,
    batchNumber: '',
    generateMs: sample.elapsedMs,
    central: [],
    federated: null,
    federatedError: null,
    reference: null,
    disagreements: [],
    loadAverage: load(),
  };
  let hub: RunningHub | null = null;
  try {
    // The load-test batch is written last, so it holds the highest line ids.
    const [[last]] = (await connection.query(
      `SELECT m.PCH AS batch, p.XMDM AS programme, p.FFQJ AS period, p.XZQHDM AS county FROM FF_MX m JOIN FF_PC p ON p.PCH = m.PCH ORDER BY m.MXID DESC LIMIT 1`,
    )) as unknown as [[{ batch: string; programme: string; period: string; county: string }]];
    const [[{ n }]] = (await connection.query(`SELECT COUNT(*) AS n FROM FF_MX WHERE PCH = ?`, [last.batch])) as unknown as [[{ n: string }]];
    if (last.programme !== BENCH_PROGRAMME || last.period !== BENCH_PERIOD || Number(n) !== size) {
      throw new Error(`the last batch is ${last.programme} ${last.period} with ${n} lines, not the load-test batch of ${size}`);
    }
    result.batchNumber = last.batch;
    if (sample.expectedFindings) {
      const counts = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<Rule, number>;
      // The load-test batch's ids are one block: batch ordinal * 10^8 + line number.
      const [[{ lo }]] = (await connection.query(`SELECT MIN(MXID) AS lo FROM FF_MX WHERE PCH = ?`, [last.batch])) as unknown as [[{ lo: string }]];
      const low = BigInt(lo);
      for (const f of sample.expectedFindings) if (BigInt(f.lineId) >= low) counts[f.rule as Rule]++;
      result.reference = counts;
    }

    if (!opts.federatedOnly) {
      log(`${label(size)}: central SQL over the six databases (1st run, load ${load()}) ...`);
      result.central.push(await runCentral(connection, names, last.batch, false));
      log(`${label(size)}: central 1st run ${secs(result.central[0]!.ms)}`);
    }

    if (!opts.centralOnly) {
      log(`${label(size)}: starting the hub (six subgraphs on MariaDB, crosscheck with a ${opts.store} store, gateway) ...`);
      hub = await startHub(opts, names, suffix, last.county.trim());
      log(`${label(size)}: hub up at ${hub.gatewayUrl} in ${secs(hub.startupMs)}, RSS ${mib(hub.sampler.lastBytes)}; federated check of ${last.batch} (load ${load()}) ...`);
      try {
        result.federated = await runFederated(hub, last.batch, size, opts.timeoutMs);
        const f = result.federated;
        log(`${label(size)}: federated ${f.status}${f.timedOut ? ' (timed out, partial)' : ''} ${fmt(f.linesChecked)} lines in ${secs(f.ms)} (hub CPU ${f.hubCpuSeconds.toFixed(1)} s), peak RSS ${mib(f.rssPeakBytes)}`);
      } catch (error) {
        result.federatedError = safeError(error);
        log(`${label(size)}: federated check failed: ${result.federatedError} (hub log ${hub.logFile})`);
      }
    }

    if (!opts.federatedOnly) {
      log(`${label(size)}: central SQL (2nd run, load ${load()}) ...`);
      result.central.push(await runCentral(connection, names, last.batch, true));
      log(`${label(size)}: central 2nd run ${secs(result.central[1]!.ms)}`);
    }

    const f = result.federated;
    if (f && !f.timedOut && f.status.startsWith('COMPLETED') && !opts.federatedOnly) {
      const central = result.central[1]!.counts;
      const cs = centralStatements(names, last.batch);
      for (const rule of RULES) {
        if (f.counts[rule] === central[rule]) continue;
        const [rows] = (await connection.query(cs.linesOf(rule, 10_000_000))) as unknown as [{ MXID: string }[]];
        const centralLines = new Set(rows.map((r) => String(r.MXID)));
        const fedLines = await federatedLinesOf(hub!, f.runId, rule);
        result.disagreements.push({
          rule,
          federated: f.counts[rule],
          central: central[rule],
          onlyFederated: [...fedLines].filter((id) => !centralLines.has(id)).slice(0, 10),
          onlyCentral: [...centralLines].filter((id) => !fedLines.has(id)).slice(0, 10),
        });
      }
    }
  } finally {
    if (hub) await stopHub(hub, result.federatedError !== null);
    await connection.end().catch(() => {});
    if (!opts.keep && !opts.reuse) await dropDatabases(opts, names, suffix);
  }
  return result;
}

async function dropDatabases(opts: Options, names: DatabaseNames, suffix: string): Promise<void> {
  const admin = await mysql.createConnection({ uri: opts.server });
  try {
    for (const name of [...Object.values(names), `${opts.prefix}hub_store${suffix}`]) {
      if (!name.startsWith('bench_')) continue;
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    }
  } finally {
    await admin.end();
  }
}

// ---- report --------------------------------------------------------------------------------------

function report(results: SizeResult[]): void {
  const out: string[] = [];
  out.push('', `Cross-check benchmark — ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);
  out.push('');
  out.push('| lines | persons | central (best of 2) | central lines/s | federated | federated lines/s | ratio fed/central | hub CPU | hub RSS idle → peak | federated status |');
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const central = r.central.length ? Math.min(...r.central.map((c) => c.ms)) : NaN;
    const f = r.federated;
    const fedRate = f ? f.linesChecked / (f.ms / 1000) : 0;
    const fedMs = f ? (f.timedOut ? (f.ms * r.lines) / Math.max(1, f.linesChecked) : f.ms) : 0;
    out.push(
      `| ${fmt(r.lines)} | ${fmt(r.persons)} | ${secs(central)} (${r.central.map((c) => secs(c.ms)).join(', ')}) | ${fmt(r.lines / (central / 1000))} | ` +
        (f
          ? `${f.timedOut ? `≈${secs(fedMs)} projected (${fmt(f.linesChecked)} lines in ${secs(f.ms)})` : secs(f.ms)} | ${fmt(fedRate)} | ${(fedMs / central).toFixed(1)}x | ${f.hubCpuSeconds.toFixed(1)} s | ${mib(f.rssIdleBytes)} → ${mib(f.rssPeakBytes)} | ${f.status}${f.timedOut ? ' (timed out)' : ''}${f.notCheckedLines ? `, ${f.notCheckedLines} lines not checked` : ''} |`
          : `– | – | – | – | – | ${r.federatedError ?? 'not run'} |`),
    );
  }
  for (const r of results) {
    out.push('', `Per-rule findings, batch ${r.batchNumber} (${fmt(r.lines)} lines)${r.reference ? ', with the generator\'s reference evaluator' : ''}:`, '');
    out.push(`| rule | federated | central SQL |${r.reference ? ' reference |' : ''} agree |`);
    out.push(`|---|---:|---:|${r.reference ? '---:|' : ''}---|`);
    const central = r.central.at(-1)?.counts ?? (Object.fromEntries(RULES.map((rule) => [rule, NaN])) as Record<Rule, number>);
    for (const rule of RULES) {
      const fed = r.federated?.counts[rule];
      const agree = fed === undefined ? '–' : fed === central[rule] && (!r.reference || r.reference[rule] === fed) ? 'yes' : '**NO**';
      out.push(`| ${rule} | ${fed === undefined ? '–' : fmt(fed)} | ${fmt(central[rule])} |${r.reference ? ` ${fmt(r.reference[rule])} |` : ''} ${agree} |`);
    }
    if (r.federated?.timedOut) out.push('', 'The federated run timed out: its counts cover only the lines it reached.');
    for (const d of r.disagreements) {
      out.push(`  ${d.rule}: federated ${d.federated}, central ${d.central}; only federated e.g. ${d.onlyFederated.join(' ') || '-'}; only central e.g. ${d.onlyCentral.join(' ') || '-'}`);
    }
    if (r.central.length) out.push('', `central steps (last run): ${r.central.at(-1)!.steps.map((s) => `${s.label} ${secs(s.ms)}`).join('; ')}`);
    out.push(`generation ${secs(r.generateMs)}; load average when the size started ${r.loadAverage}`);
  }
  console.log(out.join('\n'));
}

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
  const results: SizeResult[] = [];
  for (const size of opts.sizes) {
    try {
      results.push(await benchSize(opts, size));
    } catch (error) {
      log(`${label(size)}: failed: ${safeError(error)}`);
      report(results);
      return 1;
    }
    if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  }
  report(results);
  const disagree = results.some((r) => r.disagreements.length > 0);
  return disagree ? 1 : 0;
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
