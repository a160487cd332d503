/**
 * The whole hub as a child process for the benchmarks, started exactly as `npm start` starts it,
 * so its memory and CPU are measured apart from the benchmark's own.
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
  /** Resolves with the first capture group of each pattern once the hub has printed them all. */
  printed(patterns: RegExp[], timeoutMs: number): Promise<string[]>;
}

/** Starts `scripts/start.ts` in `cwd`, its output going to `logFile`. */
export function spawnHub(options: { cwd: string; env: Record<string, string>; logFile: string; nodeArgs?: string[] }): HubProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'scripts/start.ts'], {
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
          () => reject(new Error(`the hub did not start within ${timeoutMs / 1000} s; see ${options.logFile}`)),
          timeoutMs,
        );
        if (look()) return;
        child.stdout!.on('data', look);
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`the hub exited (code ${code}) before it was up; see ${options.logFile}`));
        });
      }),
  };
}
