/**
 * The analysts' CLI as the benchmark runs it: `npx hub ...` is cli/bin.js (package.json "bin"), run
 * here with the same node without npx's own start-up, timed from spawn to exit.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRule, type Rule } from '../lib/rules.js';

export interface CliRun {
  code: number | null;
  /** Wall time from spawn to exit. */
  ms: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs `hub <args>` in `cwd` with exactly `env`; kills it after `timeoutMs`. `onStderr` sees its progress. */
export function runCli(cwd: string, args: string[], env: Record<string, string>, timeoutMs: number, onStderr?: (text: string) => void): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(cwd, 'cli', 'bin.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(chunk.toString());
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - started, stdout, stderr, timedOut });
    });
  });
}

/** The id of the run a `hub crosscheck` started, from its stderr. */
export function runIdOf(run: CliRun): string | null {
  return /crosscheck run (\d+) started/.exec(run.stderr)?.[1] ?? null;
}

/** The findings of a `--format jsonl` export, as line ids per rule. */
export function findingsOfJsonl(file: string): Map<Rule, Set<string>> {
  const byRule = new Map<Rule, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const finding = JSON.parse(line) as { lineId: string; rule: string };
    if (!isRule(finding.rule)) throw new Error(`the export names an unknown rule: ${finding.rule.slice(0, 40)}`);
    const lines = byRule.get(finding.rule) ?? new Set<string>();
    lines.add(String(finding.lineId));
    byRule.set(finding.rule, lines);
  }
  return byRule;
}

/** The last few lines of a command's stderr, for a failure message (the CLI never prints ID numbers in full). */
export function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join(' | ').slice(0, 600);
}
