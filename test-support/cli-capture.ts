/** Runs a CLI entry (cli/main.ts `main`, or a bundle's) in-process, as a shell would, and keeps what it wrote. */
import { PassThrough, type Writable } from 'node:stream';

export type CliEntry = (argv: string[], io: { stdout: Writable; stderr: Writable; env: Record<string, string | undefined> }) => Promise<number>;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCaptured(entry: CliEntry, args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await entry(args, { stdout, stderr, env });
  // Bytes are joined before decoding: a CJK character may straddle two chunks.
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
