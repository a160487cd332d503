/**
 * Runs a hub process beside the CLI (the worker, the source check, a department subgraph): clients
 * reach departments only over HTTP, so code that opens a department's database or serves a subgraph
 * runs in its own process, started from its entry file (never imported here). Output is passed
 * through; Ctrl-C and SIGTERM are passed on as a stop over the IPC channel; the child's exit code
 * is returned. If this process dies, the channel closes and the child stops too.
 */
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { CliIO } from '../command.js';
import { withServiceFlags } from '../../lib/service-process.js';

/** The TypeScript loader the child runs under, as the CLI itself does (cli/bin.js). */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export async function runEntry(entry: string, args: string[], env: Record<string, string | undefined>, io: CliIO): Promise<number> {
  const child = fork(entry, args, { env, execArgv: withServiceFlags(['--import', TSX_LOADER]), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout!.pipe(io.stdout, { end: false });
  child.stderr!.pipe(io.stderr, { end: false });
  const stop = (signal: string) => () => child.connected && child.send({ stop: signal });
  const onInt = stop('SIGINT');
  const onTerm = stop('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
