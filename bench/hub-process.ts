/**
 * The whole hub as a child process for the benchmarks, started exactly as `npm start` starts it
 * (scripts/start.ts: a supervisor with a process per service), so its memory and CPU are measured
 * apart from the benchmark's own; and check workers, started as a user starts them (`npx hub
 * worker`, i.e. cli/bin.js).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { DEPARTMENTS, DEPARTMENT_INFO, type Department } from '../lib/departments.js';

/**
 * The hub's environment: every department on the benchmark's MariaDB databases, every service on a
 * free port, plus `settings`. Only these HUB_* settings reach the hub: a developer's shell must not
 * point it elsewhere.
 */
export function benchHubEnv(
  server: string,
  databases: Record<Department, string>,
  settings: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('HUB_') && v !== undefined) env[k] = v;
  Object.assign(env, { HUB_HOST: '127.0.0.1', HUB_GATEWAY_PORT: '0', HUB_SITE_PORT: '0' });
  for (const d of DEPARTMENTS) {
    env[DEPARTMENT_INFO[d].envVar] = `${server}/${databases[d]}`;
    env[`HUB_SUBGRAPH_${d}_PORT`] = '0';
  }
  for (const service of ['CROSSCHECK', 'DISCLOSURE', 'DISBURSEMENT']) env[`HUB_SUBGRAPH_${service}_PORT`] = '0';
  return Object.assign(env, settings);
}

export interface HubProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves with the first capture group of each pattern once the process has printed them all. */
  printed(patterns: RegExp[], timeoutMs: number): Promise<string[]>;
}

/** Starts `scripts/start.ts` in `cwd`, its output going to `logFile`. */
export function spawnHub(options: { cwd: string; env: Record<string, string>; logFile: string; nodeArgs?: string[] }): HubProcess {
  return spawnLogged(options, [...(options.nodeArgs ?? []), '--import', 'tsx', 'scripts/start.ts'], 'the hub');
}

/**
 * Starts a check worker as `npx hub worker` does (cli/bin.js, which forks crosscheck/worker-main.ts);
 * `env` needs HUB_REDIS_URL, HUB_GATEWAY_URL, HUB_STORE_URL and the hub's internal key. Wait for
 * `printed([WORKER_READY], ...)` before giving it work to time.
 */
export function spawnWorker(options: { cwd: string; env: Record<string, string>; logFile: string }): HubProcess {
  return spawnLogged(options, ['cli/bin.js', 'worker'], 'the worker');
}

/** What `hub worker` prints once it takes chunks. */
export const WORKER_READY = /hub worker (\S+): taking chunks/;

/**
 * What a process of the hub or of a worker is, from its command line: "gateway", "justice
 * subgraph", "worker 1", ... (`workerNumber` for the processes under a worker's root).
 */
export function processLabel(command: string, workerNumber?: number): string {
  const subgraph = /subgraphs\/main\.ts (\S+)/.exec(command);
  if (subgraph) return `${subgraph[1]} subgraph`;
  if (/gateway\/main\.ts/.test(command)) return 'gateway';
  if (/disclosure-site\/main\.ts/.test(command)) return 'disclosure site';
  if (/scripts\/start\.ts/.test(command)) return 'supervisor (npm start)';
  if (/crosscheck\/worker-main\.ts/.test(command)) return `worker ${workerNumber ?? ''}`.trim();
  if (/cli\/bin\.js worker/.test(command)) return `worker ${workerNumber ?? ''} (the \`hub worker\` command around it)`.replace('  ', ' ');
  if (/esbuild/.test(command)) return 'esbuild (tsx)';
  return command.slice(0, 60);
}

function spawnLogged(options: { cwd: string; env: Record<string, string>; logFile: string }, args: string[], what: string): HubProcess {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(options.logFile);
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let seen = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    seen += chunk.toString();
  });
  return {
    child,
    exited,
    printed: (patterns, timeoutMs) =>
      new Promise<string[]>((resolve, reject) => {
        const look = () => {
          const matches = patterns.map((p) => p.exec(seen));
          if (!matches.every(Boolean)) return false;
          clearTimeout(timer);
          child.stdout!.off('data', look);
          resolve(matches.map((m) => m![1]!));
          return true;
        };
        const timer = setTimeout(
          () => reject(new Error(`${what} did not start within ${timeoutMs / 1000} s; see ${options.logFile}`)),
          timeoutMs,
        );
        if (look()) return;
        child.stdout!.on('data', look);
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`${what} exited (code ${code}) before it was up; see ${options.logFile}`));
        });
      }),
  };
}
