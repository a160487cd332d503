/**
 * The Markdown report of bench/crosscheck.ts: the figures of the issue's table (central copy and
 * query, the hub per month in each mode, the ratio), the comparison of findings, the fixed cost of
 * a small batch, peak memory per process and where the time went.
 */
import path from 'node:path';
import { RULES, type Rule } from '../lib/rules.js';
import { best, type CentralResult, type Timed } from './central-run.js';
import { describeMode, type ModeSpec } from './hub-modes.js';

/** One `hub crosscheck` with its JSON-lines export. */
export interface HubCheck {
  /** From spawning the CLI to its exit. */
  wallMs: number;
  /** 1-minute load average when it started. */
  load: number;
  exitCode: number | null;
  timedOut: boolean;
  /** CPU seconds of the hub's and the workers' processes, and of the local MariaDB server, meanwhile. */
  hubCpu: number;
  /** `hubCpu` by what each process is (gateway, each subgraph, each worker), largest first. */
  hubCpuByProcess: Record<string, number>;
  dbCpu: number;
  /** The run's own time in the hub, from its start to its end. */
  hubMs: number | null;
  status: string;
  error: string | null;
  linesTotal: number | null;
  linesChecked: number;
  notCheckedLines: number;
  counts: Record<Rule, number> | null;
  findings: Map<Rule, Set<string>> | null;
}

/**
 * The best of the month's runs (`--month-runs`, by wall time), as the central query's best of
 * `--central-runs`; `first` is the month's first run, with the hub still cold from start-up.
 * `failedBefore`: the errors of earlier tries that FAILED (`--retries`).
 */
export type HubMonth = HubCheck & { period: string; failedBefore: string[]; runs: number; first: { wallMs: number; hubMs: number | null } };

export interface ModeResult {
  mode: ModeSpec;
  startupMs: number;
  startLoad: number;
  cliStartup: Timed | null;
  fixed: HubCheck[];
  months: HubMonth[];
  peaks: { name: string; bytes: number; processes: number }[];
  error: string | null;
  /** The hub's and workers' logs, kept when something failed. */
  logs: string | null;
}

type Share = { name: string; share: number; seconds: number };

export interface ProfileResult {
  mode: string;
  period: string;
  wallMs: number;
  dir: string;
  processes: { file: string; busySeconds: number; top: Share[] }[];
  activities: Share[];
  functions: Share[];
  busySeconds: number;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; model: string; memoryGiB: number; node: string; mariadb: string };
  persons: number;
  loadTestLines: number | null;
  seed: number;
  settings: Record<string, string>;
  generateMs: number | null;
  scope: { county: string; months: { period: string; batches: number; lines: number }[]; fixedBatch: string | null } | null;
  central: CentralResult | null;
  modes: ModeResult[];
  profile: ProfileResult | null;
  /** The generator's reference evaluator's findings on the lines checked, when computed. */
  reference: Map<Rule, Set<string>> | null;
  errors: string[];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const s = (ms: number | null | undefined) => (ms === null || ms === undefined || Number.isNaN(ms) ? '–' : ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`);
const at = (t: Timed) => `${s(t.ms)} (${t.load.toFixed(2)})`;
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b <= 0 ? '–' : `${(a / b).toFixed(1)}x`);
const mib = (bytes: number) => `${fmt(bytes / 2 ** 20)} MiB`;
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + v!, 0));

export function markdownReport(result: BenchResult, meta: { outFile: string; command: string }): { markdown: string; problems: number } {
  const out: string[] = [];
  let problems = 0;
  const { scope, central } = result;
  const m = result.machine;
  out.push(`# Cross-check benchmark — ${result.date.slice(0, 16).replace('T', ' ')} UTC`, '');
  out.push(
    `Machine: ${m.cpus} × ${m.model.trim()}, ${m.memoryGiB.toFixed(0)} GiB, Node ${m.node}, MariaDB ${m.mariadb}. ` +
      `Command: \`${meta.command}\`${Object.keys(result.settings).length ? ` (hub settings ${Object.entries(result.settings).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}.`,
  );
  if (scope) {
    const lines = scope.months.reduce((a, x) => a + x.lines, 0);
    const batches = scope.months.reduce((a, x) => a + x.batches, 0);
    out.push(
      '',
      `Data: county ${scope.county}, ${fmt(result.persons)} persons (seed ${result.seed})${result.loadTestLines ? ` with a load-test batch of ${fmt(result.loadTestLines)} lines` : ''}; ` +
        `the months checked hold ${fmt(lines)} payment lines in ${batches} batches` +
        (result.generateMs !== null ? `; generated in ${s(result.generateMs)}.` : ' (databases reused).'),
    );
  }
  out.push('', 'A figure in parentheses is the 1-minute load average when that measurement started (2 cores: above 2 the machine was shared).');

  // ---- the main table ----
  if (scope) {
    const months = scope.months;
    out.push('', '## Central copy against the hub, one run per month', '');
    out.push(`| | ${months.map((x) => `${x.period} (${fmt(x.lines)} lines, ${x.batches} batch${x.batches === 1 ? "" : "es"})`).join(' | ')} | all months | ratio to central query |`);
    out.push(`|---|${months.map(() => '---:').join('|')}|---:|---:|`);
    const retried: string[] = [];
    const centralQuery = central ? sum(months.map((x) => best(central.months.find((c) => c.period === x.period)!.runs).ms)) : null;
    if (central) {
      out.push(`| central COPY: normalised copy of the six databases, indexed (best of ${central.copy.length}) | ${months.map(() => '').join(' | ')} | ${at(best(central.copy))} | |`);
      const bests = months.map((x) => best(central.months.find((c) => c.period === x.period)!.runs));
      out.push(`| central QUERY: one pass per month (best of ${central.copy.length}) | ${bests.map(at).join(' | ')} | ${s(centralQuery)} | 1.0x |`);
    }
    for (const mode of result.modes) {
      const cell = (x: { period: string }, pick: (h: HubMonth) => number | null) => {
        const h = mode.months.find((y) => y.period === x.period);
        if (!h) return '–';
        const note = (h.status === 'COMPLETED' ? '' : ` ${h.status}${h.timedOut ? ' (timed out)' : ''}`) + (h.failedBefore.length ? ` (try ${h.failedBefore.length + 1}†)` : '');
        return `${s(pick(h))} (${h.load.toFixed(2)})${note}`;
      };
      const wall = mode.months.length === months.length ? sum(mode.months.map((h) => h.wallMs)) : null;
      const hub = mode.months.length === months.length ? sum(mode.months.map((h) => h.hubMs)) : null;
      const name = modeName(mode.mode);
      out.push(`| hub, ${name}: wall, \`hub crosscheck --period\` start to exit | ${months.map((x) => cell(x, (h) => h.wallMs)).join(' | ')} | ${s(wall)} | **${ratio(wall, centralQuery)}** |`);
      out.push(`| hub, ${name}: hub time, run start to end | ${months.map((x) => cell(x, (h) => h.hubMs)).join(' | ')} | ${s(hub)} | ${ratio(hub, centralQuery)} |`);
      if (mode.months.some((h) => h.runs > 1)) {
        const firstWall = mode.months.length === months.length ? sum(mode.months.map((h) => h.first.wallMs)) : null;
        const firstHub = mode.months.length === months.length ? sum(mode.months.map((h) => h.first.hubMs)) : null;
        const firstCell = (x: { period: string }) => {
          const h = mode.months.find((y) => y.period === x.period);
          return h ? `${s(h.first.wallMs)} / ${s(h.first.hubMs)}` : '–';
        };
        out.push(`| hub, ${name}: first run of each month, wall / hub time | ${months.map(firstCell).join(' | ')} | ${s(firstWall)} / ${s(firstHub)} | ${ratio(firstWall, centralQuery)} / ${ratio(firstHub, centralQuery)} |`);
      }
      if (mode.error) out.push(`| hub, ${name}: failed | ${mode.error.replaceAll('|', '/')} |`);
      for (const h of mode.months.filter((x) => x.error)) out.push(`| hub, ${name}: ${h.period} ${h.status} | ${h.error!.replaceAll('|', '/')}${mode.logs ? ` (logs: ${mode.logs})` : ''} |`);
      for (const h of mode.months) retried.push(...h.failedBefore.map((e) => `${name}, ${h.period}: FAILED (${e.replaceAll('|', '/')})`));
    }
    if (retried.length) out.push('', `† tried again after a run that FAILED: ${retried.join('; ')}.`);
    if (central) {
      const steps = central.copySteps.map((x) => `${x.label} ${s(x.ms)}`).join('; ');
      out.push('', `Central copy, last build: ${steps}.`);
    }
    const modes = result.modes.map((x) => `${modeName(x.mode)}: ${describeMode(x.mode)}, up in ${s(x.startupMs)} (${x.startLoad.toFixed(2)})`);
    if (modes.length) out.push('', `Hub modes (each a fresh \`npm start\`, the same analyst token for every run): ${modes.join('; ')}.`);
    out.push('', '### CPU seconds used during each measurement', '');
    out.push('Less sensitive to other load than wall time. MariaDB: the local server process, which also serves anything else running meanwhile.', '');
    out.push(`| | ${months.map((x) => x.period).join(' | ')} | all months |`);
    out.push(`|---|${months.map(() => '---:').join('|')}|---:|`);
    const cpu = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : `${v.toFixed(1)} s`);
    if (central) {
      const bests = months.map((x) => best(central.months.find((c) => c.period === x.period)!.runs));
      out.push(`| central QUERY (best run): MariaDB | ${bests.map((b) => cpu(b.dbCpu)).join(' | ')} | ${cpu(sum(bests.map((b) => b.dbCpu ?? NaN)) ?? undefined)} |`);
    }
    for (const mode of result.modes) {
      const h = (x: { period: string }) => mode.months.find((y) => y.period === x.period);
      const pair = (hub?: number, db?: number) => `${cpu(hub)} + ${cpu(db)}`;
      const total = mode.months.length ? pair(sum(mode.months.map((x) => x.hubCpu)) ?? undefined, sum(mode.months.map((x) => x.dbCpu)) ?? undefined) : '–';
      out.push(`| hub, ${modeName(mode.mode)}: hub processes + MariaDB | ${months.map((x) => (h(x) ? pair(h(x)!.hubCpu, h(x)!.dbCpu) : '–')).join(' | ')} | ${total} |`);
    }
    // Where each mode's CPU seconds went over all months, by process.
    const byProcess = result.modes.map((mode) => {
      const used = new Map<string, number>();
      for (const month of mode.months) for (const [name, seconds] of Object.entries(month.hubCpuByProcess ?? {})) used.set(name, (used.get(name) ?? 0) + seconds);
      return { mode, used: [...used].sort((a, b) => b[1] - a[1]) };
    });
    const shown = byProcess.filter((x) => x.used.length > 0);
    if (shown.length) {
      out.push('', 'By process, all months: ' + shown.map((x) => `${modeName(x.mode.mode)}: ${x.used.slice(0, 9).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}`).join('; ') + '.');
    }
  }

  // ---- findings ----
  if (central) {
    out.push('', '## Findings: the hub against the central query, line by line', '');
    const ref = result.reference;
    out.push(`| rule | central |${ref ? ' reference evaluator |' : ''} ${result.modes.map((x) => modeName(x.mode)).join(' | ')} |`);
    out.push(`|---|---:|${ref ? '---:|' : ''}${result.modes.map(() => '---:').join('|')}|`);
    const centralOf = (rule: Rule) => unionOf(central.months.map((x) => x.findings.get(rule)));
    for (const rule of RULES) {
      const reference = centralOf(rule);
      const refCell = () => {
        const of = ref!.get(rule)!;
        const same = of.size === reference.size && [...of].every((id) => reference.has(id));
        if (!same) problems++;
        return same ? ` ${fmt(of.size)} ✓ |` : ` **${fmt(of.size)} ≠** |`;
      };
      const cells = result.modes.map((mode) => {
        if (mode.months.length !== central.months.length || mode.months.some((h) => !h.findings)) return '–';
        const hub = unionOf(mode.months.map((h) => h.findings!.get(rule)));
        const onlyHub = [...hub].filter((id) => !reference.has(id));
        const onlyCentral = [...reference].filter((id) => !hub.has(id));
        if (!onlyHub.length && !onlyCentral.length) return `${fmt(hub.size)} ✓`;
        problems++;
        return `**${fmt(hub.size)} ≠** (only hub: ${onlyHub.length}${onlyHub.length ? `, e.g. ${onlyHub.slice(0, 3).join(' ')}` : ''}; only central: ${onlyCentral.length}${onlyCentral.length ? `, e.g. ${onlyCentral.slice(0, 3).join(' ')}` : ''})`;
      });
      out.push(`| ${rule} | ${fmt(reference.size)} |${ref ? refCell() : ''} ${cells.join(' | ')} |`);
    }
    const centralLines = central.months.reduce((a, x) => a + x.lines, 0);
    const linesCells = result.modes.map((mode) => {
      const checked = mode.months.reduce((a, h) => a + h.linesChecked, 0);
      const notChecked = mode.months.reduce((a, h) => a + h.notCheckedLines, 0);
      if (checked !== centralLines || notChecked > 0) problems++;
      return `${fmt(checked)}${checked === centralLines ? ' ✓' : ' **≠**'}${notChecked ? `, **${fmt(notChecked)} not checked**` : ''}`;
    });
    out.push(`| lines | ${fmt(centralLines)} |${ref ? ' |' : ''} ${linesCells.join(' | ')} |`);
    out.push(
      '',
      `✓: the same line ids as the central query for that rule, over every month (hub: its \`--format jsonl\` export${ref ? "; reference: the sample generator's own evaluator, sample-data/expected-findings.ts" : ''}).`,
    );
  }

  // ---- fixed cost ----
  if (result.modes.some((x) => x.fixed.length)) {
    const batch = scope?.fixedBatch;
    out.push('', `## Fixed cost of a 100-line batch${batch ? ` (\`hub crosscheck --batch ${batch} --format jsonl --out …\`)` : ''}`, '');
    out.push('| mode | CLI start-up alone (`hub crosscheck --help`, best of 3) | 1st run after start: wall / hub time | best run: wall / hub time |');
    out.push('|---|---:|---:|---:|');
    for (const mode of result.modes) {
      const first = mode.fixed[0];
      const completed = mode.fixed.filter((h) => h.status === 'COMPLETED');
      const fastest = completed.length ? completed.reduce((a, b) => (b.wallMs < a.wallMs ? b : a)) : undefined;
      const failed = mode.fixed.filter((h) => h.status !== 'COMPLETED');
      const pair = (h: HubCheck | undefined) => (h ? `${s(h.wallMs)} / ${s(h.hubMs)} (${h.load.toFixed(2)})${h.status === 'COMPLETED' ? '' : ` ${h.status}`}` : '–');
      const of = `of ${completed.length} completed${failed.length ? `; ${failed.length} ${failed.map((h) => h.status).join(', ')}: ${[...new Set(failed.map((h) => h.error ?? ''))].join('; ').replaceAll('|', '/')}` : ''}`;
      out.push(`| ${modeName(mode.mode)} | ${mode.cliStartup ? at(mode.cliStartup) : '–'} | ${pair(first)} | ${pair(fastest)} (${of}) |`);
    }
  }

  else if (result.modes.some((x) => x.cliStartup)) {
    out.push('', `CLI start-up alone (\`hub crosscheck --help\`, best of 3): ${result.modes.map((x) => `${modeName(x.mode)} ${x.cliStartup ? at(x.cliStartup) : '–'}`).join(', ')}.`);
  }

  // ---- memory ----
  if (result.modes.some((x) => x.peaks.length)) {
    const largest = scope ? Math.max(...scope.months.map((x) => x.lines)) : 0;
    out.push('', `## Peak resident memory per process (VmHWM, start-up included; largest run ${fmt(largest)} lines)`, '');
    out.push(`| process | ${result.modes.map((x) => modeName(x.mode)).join(' | ')} |`);
    out.push(`|---|${result.modes.map(() => '---:').join('|')}|`);
    const names = [...new Set(result.modes.flatMap((x) => x.peaks.map((p) => p.name)))].sort(processOrder);
    let over = 0;
    for (const name of names) {
      const cells = result.modes.map((mode) => {
        const p = mode.peaks.find((x) => x.name === name);
        if (!p) return '–';
        if (p.bytes >= 2 ** 30) over++;
        // Only where one label stands for several processes by design (a just-forked child briefly
        // shows its parent's command line, so other counts are not meaningful).
        const many = p.processes > 1 && /each|esbuild/.test(name) ? ` (${p.processes} processes)` : '';
        return `${p.bytes >= 2 ** 30 ? '**' : ''}${mib(p.bytes)}${p.bytes >= 2 ** 30 ? '**' : ''}${many}`;
      });
      out.push(`| ${name} | ${cells.join(' | ')} |`);
    }
    out.push(`| sum of the peaks | ${result.modes.map((x) => mib(x.peaks.reduce((a, p) => a + p.bytes, 0))).join(' | ')} |`);
    out.push('', over ? `**${over} process peaks reached 1 GiB.**` : 'Every process stayed under 1 GiB.');
  }

  // ---- profile ----
  const p = result.profile;
  if (p) {
    out.push('', `## Where the time goes: CPU profile of ${p.mode}, ${p.period} (wall ${s(p.wallMs)}, ${p.busySeconds.toFixed(1)} s of busy samples)`, '');
    out.push(`Whole hub, share of busy (non-idle) samples by activity: ${p.activities.map((a) => `${a.name} ${pct(a.share)}`).join(', ')}.`, '');
    // V8 samples a thread's stack on a timer, so on a machine with fewer cores than busy processes a
    // sample also lands while the thread waits for a core: a profiled 202403 on 2 cores sampled 5.2
    // busy seconds in the hub's processes, which used 2.1 CPU-seconds (/proc) for the same month
    // unprofiled, and long native calls (JSON.parse, SQLite, HMAC) looked several times dearer.
    out.push(
      'Samples are taken on a timer, also while a process waits for a core: "busy" here is sampled time, larger than the CPU time measured above, and long native calls (JSON.parse, SQLite writes, hashing) weigh more than their CPU. The CPU seconds per process above are the measure; these shares say where to look.',
      '',
    );
    out.push('| process (profile file) | busy (sampled) | top activities |');
    out.push('|---|---:|---|');
    for (const proc of p.processes.filter((x) => x.busySeconds >= 0.05)) {
      out.push(`| ${proc.file.replace(/^hub-\d+-/, '').replace(/\.cpuprofile$/, '')} | ${proc.busySeconds.toFixed(1)} s | ${proc.top.map((a) => `${a.name} ${pct(a.share)}`).join(', ')} |`);
    }
    out.push('', `Heaviest functions (self time, whole hub): ${p.functions.map((f) => `\`${f.name.replace(/\s+/g, ' ').trim()}\` ${pct(f.share)}`).join(', ')}.`);
    out.push('', `Profiles: \`${path.relative(path.dirname(meta.outFile), p.dir)}/\`; \`node --import tsx bench/profile-summary.ts <dir>/hub-*.cpuprofile\` for more.`);
  }

  if (result.errors.length) {
    problems += result.errors.length;
    out.push('', '## Problems', '', ...result.errors.map((e) => `- ${e}`));
  }
  return { markdown: out.join('\n'), problems: problems + result.modes.filter((x) => x.error).length };
}

function modeName(mode: ModeSpec): string {
  if (!mode.redis) return mode.store === 'sqlite' ? 'in-process' : 'in-process, MariaDB store';
  return `Redis + ${mode.workers} worker${mode.workers > 1 ? 's' : ''}`;
}

function unionOf(sets: (Set<string> | undefined)[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const id of set ?? []) all.add(id);
  return all;
}

const ORDER = ['supervisor', 'gateway', 'gateway instance', 'public-security', 'justice', 'civil-affairs', 'hr', 'disability', 'finance', 'crosscheck', 'disbursement', 'disclosure subgraph', 'disclosure site', 'worker'];
function processOrder(a: string, b: string): number {
  const rank = (name: string) => {
    const i = ORDER.findIndex((prefix) => name.startsWith(prefix));
    return i < 0 ? ORDER.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
