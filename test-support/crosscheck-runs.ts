/**
 * Cross-checks as users run them, for end-to-end tests: runs started and followed over the
 * gateway's GraphQL, the `hub` CLI as a child process (`crosscheck`, `worker`), and findings in
 * one comparable form whichever way they were read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from './assert.js';
import { gatewayRequest } from './hub.js';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'bin.js');

/** A finding as compared across runs: every field a user sees but its id. */
export interface ComparableFinding {
  lineId: string;
  rule: string;
  departments: string[];
  evidence: string;
  amount: string;
  batchNumber: string;
  village: string | null;
}

/** One line of text per finding, sorted, so that two runs' findings compare with deepEqual. */
export function comparable(findings: readonly ComparableFinding[]): string[] {
  return findings.map((f) => JSON.stringify([f.lineId, f.rule, f.departments, f.evidence, f.amount, f.batchNumber, f.village])).sort();
}

/** The findings of `hub crosscheck --format jsonl`. */
export function findingsOfJsonl(stdout: string): ComparableFinding[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ComparableFinding);
}

/** Starting, following and reading runs over the gateway, as the user whose headers these are. */
export function crosscheckOverGateway(gatewayUrl: () => string, headers: () => Record<string, string>) {
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await gatewayRequest(gatewayUrl(), query, variables, headers());
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data;
  };

  async function waitForEnd(id: string): Promise<{ id: string; status: string; error: string | null; linesTotal: number | null; linesChecked: number }> {
    for (let waited = 0; waited < 240_000; waited += 200) {
      const { crosscheckRun } = await ask(`query($id: ID!) { crosscheckRun(id: $id) { id status error linesTotal linesChecked } }`, { id });
      if (crosscheckRun.status !== 'RUNNING') return crosscheckRun;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`run ${id} did not finish`);
  }

  /** `b`: a batch; `bs`: batches; `p` and `q`: a programme and a period; `q` alone: a period. */
  async function start(variables: { b?: string; bs?: string[]; p?: string; q?: string }): Promise<string> {
    const started = await ask(
      `mutation($b: String, $bs: [String!], $p: String, $q: String) { startCrosscheck(batchNumber: $b, batchNumbers: $bs, programmeCode: $p, period: $q) { id } }`,
      variables,
    );
    return started.startCrosscheck.id as string;
  }

  async function allFindings(runId: string): Promise<ComparableFinding[]> {
    const found: ComparableFinding[] = [];
    let after: string | null = null;
    for (;;) {
      const { findings } = await ask(
        `query($id: ID!, $after: String) { findings(runId: $id, first: 5000, after: $after) { edges { node { lineId rule departments evidence amount batchNumber village } } pageInfo { hasNextPage endCursor } } }`,
        { id: runId, after },
      );
      found.push(...findings.edges.map((e: { node: ComparableFinding }) => e.node));
      if (!findings.pageInfo.hasNextPage) return found;
      after = findings.pageInfo.endCursor;
    }
  }

  return { ask, start, waitForEnd, allFindings, checkAndWait: async (variables: Parameters<typeof start>[0]) => waitForEnd(await start(variables)) };
}

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
