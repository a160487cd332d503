/**
 * Where hub CPU profiles (from `bench/crosscheck.ts --profile DIR`, one per process) spent their
 * time: self time by what the code is doing (classified by its stack), by package or project
 * folder, and the heaviest functions.
 *
 *   node --import tsx bench/profile-summary.ts DIR/hub-*.cpuprofile [--top 30] [--combined]
 *
 * `--combined` sums every profile given into one summary (the whole hub, whatever its processes).
 * bench/crosscheck.ts uses `summariseFiles` and `shortSummary` for the few lines of its report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** What a sample's stack is doing (activityOf): the patterns, tried in this order on each frame. */
const ACTIVITIES: [string, RegExp][] = [
  ['idle', /^\(idle\) /],
  ['garbage collection', /^\(garbage collector\) /],
  ['audit log', /[ /]audit\/[^ ]+\.ts/],
  ['hub store (runs, findings)', /[ /]store\/[^ ]+\.ts/],
  ['GraphQL variable coercion', /^(coerceVariableValues|getVariableValues|coerceInputValue) /],
  ['gateway: query plans, fetches, result shaping', /@apollo\/(gateway|federation-internals|query-planner)/],
  ['access policy enforcement', /[ /]access\/[^ ]+\.ts/],
  ['department rules (screening)', /[ /]subgraphs\/[^ /]+\/(screening|rules|custody)\.ts/],
  ['subgraph resolvers', /[ /]subgraphs\/[^ /]+\/resolvers\//],
  ['department adapters and drivers', /[ /]adapters\/|\/(typeorm|mysql2|better-sqlite3|dataloader)\//],
  ['cross-check engine', /[ /]crosscheck\/[^ ]+\.ts/],
  ['GraphQL execution (per field)', /\/graphql\/execution\/|\/@apollo\/server\/.*(schemaInstrumentation|inlineTrace)/],
  ['JSON, HTTP, tokens', /^JSON\.|\/(undici|jose|minipass-fetch|node-fetch)\/|node:(_http|net|internal\/(crypto|deps\/undici|streams))|^(writev|writeBuffer|parseJSONFromBytes) /],
];

/** Work done for the audit log or the hub's store counts there, whatever code does it (the SQLite driver). */
const CONTEXTS = new Set(['audit log', 'hub store (runs, findings)']);

/**
 * What a sample (its stack, innermost frame first) is doing: idle, GC, the audit log or the store
 * anywhere up the stack, else the innermost frame that says (a department's resolver called through
 * the access wrapper is the resolver's work, not the wrapper's).
 */
function activityOf(stack: readonly string[]): string {
  for (const [name, re] of ACTIVITIES) if ((name === 'idle' || name === 'garbage collection' || CONTEXTS.has(name)) && stack.some((f) => re.test(f))) return name;
  for (const f of stack) {
    const found = ACTIVITIES.find(([name, re]) => !CONTEXTS.has(name) && re.test(f));
    if (found) return found[0];
  }
  return 'other';
}

function area(url: string): string {
  if (url === '') return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return url;
  const project = /\/(access|adapters|audit|bench|cli|crosscheck|gateway|lib|scripts|store|subgraphs)\/(.+)$/.exec(url);
  return project ? `${project[1]}/${project[2]!.split('/')[0]}` : url;
}

/** Self time in µs by activity, area and function. */
export interface Summary {
  total: number;
  byActivity: Map<string, number>;
  byArea: Map<string, number>;
  byFunction: Map<string, number>;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function summarise(profile: Profile, into: Summary): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frame = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url}`;
  const self = new Map<number, number>();
  // The first delta runs from the profiler's start to the first sample: the wait, not code (with the
  // hook, it would charge the inspector's `dispatch` with up to half a second per process).
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (i === 0 ? 0 : (profile.timeDeltas[i] ?? 0))));
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    into.total += us;
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(frame(byId.get(at)!));
    add(into.byActivity, activityOf(stack), us);
    // A native function (a driver's `run`, `writev`) counts for the code that called it.
    let caller: ProfileNode | undefined = node;
    while (caller && caller.callFrame.url === '' && !/^\(/.test(caller.callFrame.functionName)) caller = byId.get(parent.get(caller.id) ?? -1);
    const a = caller && caller !== node ? `${area(caller.callFrame.url)} (native)` : area(node.callFrame.url);
    add(into.byArea, a, us);
    add(into.byFunction, `${node.callFrame.functionName || '(anonymous)'}  ${a}:${node.callFrame.lineNumber + 1}`, us);
  }
}

function show(summary: Summary, top: number): void {
  const table = (title: string, map: Map<string, number>, rows: number) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
      console.log(`${((us / summary.total) * 100).toFixed(1).padStart(6)}%  ${(us / 1e6).toFixed(1).padStart(7)} s  ${k}`);
    }
  };
  table('self time by activity (the audit log or store anywhere up the stack, else the innermost frame that says)', summary.byActivity, ACTIVITIES.length + 1);
  table('self time by package / folder', summary.byArea, top);
  table('self time by function', summary.byFunction, top);
}

export const emptySummary = (): Summary => ({ total: 0, byActivity: new Map(), byArea: new Map(), byFunction: new Map() });

/** One summary of the given profile files together (`into`, or a new one). */
export function summariseFiles(files: string[], into: Summary = emptySummary()): Summary {
  for (const file of files) summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, into);
  return into;
}

/** The largest entries of a map as `share% name`, busiest first; idle is left out of the shares. */
export function topShares(summary: Summary, of: 'byActivity' | 'byArea' | 'byFunction', count: number): { name: string; share: number; seconds: number }[] {
  const idle = summary.byActivity.get('idle') ?? 0;
  const busy = Math.max(1, summary.total - idle);
  return [...summary[of]]
    .filter(([name]) => name !== 'idle' && !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, share: us / busy, seconds: us / 1e6 }));
}

/** Busy (non-idle) seconds of a summary. */
export function busySeconds(summary: Summary): number {
  return (summary.total - (summary.byActivity.get('idle') ?? 0)) / 1e6;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '30' }, combined: { type: 'boolean', default: false } },
  });
  const top = Number(values.top);
  const combined = emptySummary();
  for (const file of positionals) {
    const summary = values.combined ? combined : emptySummary();
    summariseFiles([file], summary);
    if (values.combined) continue;
    console.log(`\n== ${path.basename(file)}: ${(summary.total / 1e6).toFixed(1)} s sampled`);
    show(summary, top);
  }
  if (values.combined) {
    console.log(`== ${positionals.length} profiles combined: ${(combined.total / 1e6).toFixed(1)} s sampled`);
    show(combined, top);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
