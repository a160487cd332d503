/**
 * The `hub` command line as a user runs it, in a child process with exactly the environment the
 * test gives it: a command to its end, or a long-running `hub worker` the test can kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'bin.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npx hub <args>` as a user runs it, with exactly `env` (and PATH). */
export function runHubCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

export interface WorkerProcess {
  pid: number;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the first line of its output matching `pattern`. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Signals the worker and the CLI that started it (one process group), as a crash would with SIGKILL. */
  kill(signal: NodeJS.Signals): void;
  exited: Promise<number | null>;
}

/** `npx hub worker` in a process group of its own, so a test can kill it as a machine would lose it. */
export function startHubWorker(env: Record<string, string>): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'worker'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const take = (data: Buffer) => {
    output += data;
    for (const waiter of [...waiting]) {
      const line = output.split('\n').find((l) => waiter.pattern.test(l));
      if (line !== undefined) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    pid: child.pid!,
    output: () => output,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const line = output.split('\n').find((l) => pattern.test(l));
        if (line !== undefined) return resolve(line);
        waiting.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`the worker exited before printing ${pattern}:\n${output}`)));
      }),
    kill: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    },
    exited,
  };
}
