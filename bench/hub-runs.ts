/**
 * The hub's side of bench/crosscheck.ts: each mode started (hub-modes.ts), `hub crosscheck` run and
 * timed as an analyst, the run's details read back through the gateway, and the profiled run.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { RULES, type Rule } from '../lib/rules.js';
import { redactIdNumbers } from '../lib/graphql-client.js';
import { best, dbCpuNow, load1, type Timed } from './central-run.js';
import { startMode, type ModeContext, type ModeSpec, type RunningMode } from './hub-modes.js';
import { findingsOfJsonl, runCli, runIdOf, tail } from './hub-cli.js';
import { busySeconds, summariseFiles, topShares } from './profile-summary.js';
import { commandLine, cpuSeconds, processTree } from './rss.js';
import { processLabel } from './hub-process.js';
import type { HubCheck, ModeResult, ProfileResult } from './crosscheck-report.js';
import type { Options, Scope } from './crosscheck.js';

export const FIXED_COST_LINES = 100;

export const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Server messages can quote SQL values: never print more than a redacted message. */
export function safeError(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  return redactIdNumbers(`${typeof code === 'string' ? `${code}: ` : ''}${message}`).slice(0, 600);
}

/** Waits until the machine is quiet enough to measure (`--quiet-load`), within `--quiet-wait-minutes`. */
export async function quiet(opts: Options, what: string): Promise<void> {
  if (opts.quietLoad === null) return;
  const deadline = Date.now() + opts.quietWaitMs;
  while (load1() > opts.quietLoad && Date.now() < deadline) {
    log(`${what}: load average ${load1().toFixed(2)} > ${opts.quietLoad}; waiting 20 s`);
    await new Promise((r) => setTimeout(r, 20_000));
  }
  if (load1() > opts.quietLoad) log(`${what}: still at load ${load1().toFixed(2)} after waiting; measuring anyway`);
}


interface RunDetails {
  status: string;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  linesTotal: number | null;
  linesChecked: number;
  summary: { findings: number; notCheckedLines: number; byRule: { rule: Rule; findings: number }[] };
}

async function runDetails(running: RunningMode, token: string, id: string): Promise<RunDetails> {
  const response = await fetch(running.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `query BenchRun($id: ID!) { crosscheckRun(id: $id) { status error startedAt finishedAt linesTotal linesChecked
        summary { findings notCheckedLines byRule { rule findings } } } }`,
      variables: { id },
    }),
  });
  const body = (await response.json()) as { data?: { crosscheckRun: RunDetails | null }; errors?: { message: string }[] };
  if (body.errors?.length || !body.data?.crosscheckRun) throw new Error(redactIdNumbers(`gateway: ${body.errors?.[0]?.message ?? `no run ${id}`}`));
  return body.data.crosscheckRun;
}

const hubMs = (run: RunDetails) => (run.finishedAt ? Date.parse(run.finishedAt) - Date.parse(run.startedAt) : null);

/** CPU seconds so far of each living process of the hub and the workers, by pid, with what it is. */
function cpuByProcess(running: RunningMode): Map<number, { label: string; seconds: number }> {
  const byPid = new Map<number, { label: string; seconds: number }>();
  running.roots.forEach((root, i) => {
    for (const pid of processTree(root)) byPid.set(pid, { label: processLabel(commandLine(pid), i === 0 ? undefined : i), seconds: cpuSeconds(pid) });
  });
  return byPid;
}

/** CPU seconds used between two readings, summed by what each process is, largest first. */
function cpuSince(before: Map<number, { seconds: number }>, after: Map<number, { label: string; seconds: number }>): Record<string, number> {
  const used = new Map<string, number>();
  for (const [pid, { label, seconds }] of after) used.set(label, (used.get(label) ?? 0) + seconds - (before.get(pid)?.seconds ?? 0));
  return Object.fromEntries([...used].filter(([, s]) => s >= 0.005).sort((a, b) => b[1] - a[1]).map(([label, s]) => [label, Math.round(s * 100) / 100]));
}

/** One `hub crosscheck` with a JSON-lines export, timed, with the run's details and findings. */
async function check(opts: Options, running: RunningMode, token: string, scopeArgs: string[], out: string): Promise<HubCheck> {
  const load = load1();
  // A long run says how far it got now and then (the CLI's own progress line).
  let lastLog = performance.now();
  const progress = (text: string) => {
    const line = text.trim().split('\n').filter((l) => / lines \(/.test(l)).at(-1);
    if (!line || performance.now() - lastLog < 30_000) return;
    lastLog = performance.now();
    log(`  ${running.mode.name}: ${line.trim()} (load ${load1().toFixed(2)})`);
  };
  const [byProcess0, db0] = [cpuByProcess(running), dbCpuNow()];
  const cli = await runCli(opts.hubDir, ['crosscheck', ...scopeArgs, '--format', 'jsonl', '--out', out], { ...running.cliEnv, HUB_TOKEN: token }, opts.timeoutMs, progress);
  const id = runIdOf(cli);
  const hubCpuByProcess = cpuSince(byProcess0, cpuByProcess(running));
  const hubCpu = Object.values(hubCpuByProcess).reduce((sum, s) => sum + s, 0);
  const base = { wallMs: cli.ms, load, exitCode: cli.code, timedOut: cli.timedOut, hubCpu, hubCpuByProcess, dbCpu: dbCpuNow() - db0 };
  if (!id) return { ...base, hubMs: null, status: 'NOT STARTED', error: tail(cli.stderr), linesTotal: null, linesChecked: 0, notCheckedLines: 0, counts: null, findings: null };
  const run = await runDetails(running, token, id);
  const counts = Object.fromEntries(RULES.map((rule) => [rule, 0])) as Record<Rule, number>;
  for (const r of run.summary.byRule) counts[r.rule] = r.findings;
  return {
    ...base,
    hubMs: hubMs(run),
    status: run.status,
    error: run.error ?? (cli.code === 0 || cli.code === 3 ? null : tail(cli.stderr)),
    linesTotal: run.linesTotal,
    linesChecked: run.linesChecked,
    notCheckedLines: run.summary.notCheckedLines,
    counts,
    findings: cli.code === 0 || cli.code === 3 ? findingsOfJsonl(out) : null,
  };
}

export async function analystToken(opts: Options, running: RunningMode, county: string): Promise<string> {
  const minted = await runCli(opts.hubDir, ['token', '--role', 'analyst', '--region', county, '--user', 'bench-analyst', '--expires', '24h'], running.cliEnv, 60_000);
  if (minted.code !== 0) throw new Error(`hub token failed: ${tail(minted.stderr)}`);
  return minted.stdout.trim();
}

export async function benchMode(opts: Options, ctx: ModeContext, mode: ModeSpec, scope: Scope, workDir: string): Promise<ModeResult> {
  await quiet(opts, mode.name);
  const result: ModeResult = { mode, startupMs: 0, startLoad: load1(), cliStartup: null, fixed: [], months: [], peaks: [], error: null, logs: null };
  log(`${mode.name}: starting the hub (load ${load1().toFixed(2)}) ...`);
  let running: RunningMode | null = null;
  try {
    running = await startMode(mode, ctx);
    result.startupMs = running.startupMs;
    log(`${mode.name}: up at ${running.gatewayUrl} in ${(running.startupMs / 1000).toFixed(1)} s${mode.workers ? ` with ${mode.workers} worker(s)` : ''}`);
    const token = await analystToken(opts, running, scope.county);
    await quiet(opts, `${mode.name} after start-up`);
    const startups: Timed[] = [];
    for (let i = 0; i < 3; i++) {
      const load = load1();
      const help = await runCli(opts.hubDir, ['crosscheck', '--help'], running.cliEnv, 60_000);
      startups.push({ ms: help.ms, load });
    }
    result.cliStartup = best(startups);
    if (scope.fixedBatch) {
      for (let i = 0; i < opts.fixedRuns; i++) {
        result.fixed.push(await check(opts, running, token, ['--batch', scope.fixedBatch], path.join(workDir, `${mode.name}-fixed-${i}.jsonl`)));
      }
      log(`${mode.name}: ${FIXED_COST_LINES}-line batch ${result.fixed.map((f) => `${(f.wallMs / 1000).toFixed(2)} s (hub ${((f.hubMs ?? NaN) / 1000).toFixed(2)} s)`).join(', ')}`);
    }
    for (const month of scope.months) {
      // The hub's own start-up and earlier runs raise the load too: each month starts from quiet.
      await quiet(opts, `${mode.name} ${month.period}`);
      const failures: string[] = [];
      const runs: HubCheck[] = [];
      for (let attempt = 0; runs.length < opts.monthRuns; attempt++) {
        const checked = await check(opts, running, token, ['--period', month.period], path.join(workDir, `${mode.name}-${month.period}-${runs.length}.jsonl`));
        log(
          `${mode.name}: ${month.period} ${checked.status} ${checked.linesChecked.toLocaleString('en')} lines in ${(checked.wallMs / 1000).toFixed(1)} s ` +
            `(hub ${((checked.hubMs ?? NaN) / 1000).toFixed(1)} s, exit ${checked.exitCode}, load ${checked.load.toFixed(2)})${checked.error ? `: ${checked.error}` : ''}; ` +
            `CPU ${checked.hubCpu.toFixed(1)} s: ${Object.entries(checked.hubCpuByProcess).slice(0, 8).map(([p, s]) => `${p} ${s.toFixed(2)}`).join(', ')}; MariaDB ${checked.dbCpu.toFixed(1)} s`,
        );
        // A run that FAILED is tried again (`--retries`), and the failure reported beside the figure.
        if (checked.status === 'FAILED' && attempt < opts.retries) {
          failures.push(checked.error ?? 'FAILED');
          continue;
        }
        runs.push(checked);
        // A month that failed for good is reported as it failed; more runs would hide it.
        if (checked.status !== 'COMPLETED') break;
      }
      const completed = runs.filter((r) => r.status === 'COMPLETED');
      const shown = completed.length === runs.length ? completed.reduce((a, b) => (b.wallMs < a.wallMs ? b : a)) : runs.at(-1)!;
      result.months.push({ ...shown, period: month.period, failedBefore: failures, runs: runs.length, first: { wallMs: runs[0]!.wallMs, hubMs: runs[0]!.hubMs } });
    }
  } catch (error) {
    result.error = safeError(error);
    log(`${mode.name}: failed: ${result.error}`);
  } finally {
    if (running) {
      running.peaks.stop();
      result.peaks = [...running.peaks.peaks].map(([name, p]) => ({ name, bytes: p.bytes, processes: p.pids.size }));
      const keepLogs = result.error !== null || [...result.fixed, ...result.months].some((h) => h.status !== 'COMPLETED');
      if (keepLogs) result.logs = running.dataDir;
      await running.close(keepLogs);
    }
  }
  return result;
}

export async function profileRun(opts: Options, ctx: ModeContext, mode: ModeSpec, scope: Scope, dir: string, workDir: string): Promise<ProfileResult> {
  const month = [...scope.months].sort((a, b) => b.lines - a.lines)[0]!;
  await quiet(opts, `profile (${mode.name})`);
  log(`profile: ${mode.name}, ${month.period}, one file per process in ${dir} ...`);
  const running = await startMode(mode, { ...ctx, profileDir: dir });
  let checked: HubCheck;
  try {
    const token = await analystToken(opts, running, scope.county);
    // Warm: start-up's lazy loading and the first connections are not what the profile is about.
    if (scope.fixedBatch) await check(opts, running, token, ['--batch', scope.fixedBatch], path.join(workDir, 'profile-warm-up.jsonl'));
    log(`profile: profiling ${running.toggleProfiles()} processes`);
    checked = await check(opts, running, token, ['--period', month.period], path.join(workDir, `profile-${month.period}.jsonl`));
    running.toggleProfiles();
    // Each hooked process writes its profile on that signal (cpu-profile-hook.mjs).
    await new Promise((r) => setTimeout(r, 5000));
  } finally {
    await running.close(false);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f));
  const processes = files
    .map((file) => {
      const summary = summariseFiles([file]);
      return { file: path.basename(file), busySeconds: busySeconds(summary), top: topShares(summary, 'byActivity', 4) };
    })
    .sort((a, b) => b.busySeconds - a.busySeconds);
  const combined = summariseFiles(files);
  return {
    mode: mode.name,
    period: month.period,
    wallMs: checked.wallMs,
    dir,
    processes,
    activities: topShares(combined, 'byActivity', 8),
    functions: topShares(combined, 'byFunction', 10),
    busySeconds: busySeconds(combined),
  };
}
