/**
 * How a service process (a subgraph, the gateway, the disclosure site) lives under the supervisor
 * of `npm start` (scripts/supervisor.ts), over the IPC channel that child_process.fork and
 * node:cluster open: the service says when and where it listens, the supervisor tells it where the
 * other services listen and when to stop. Started alone from a shell there is no channel, and
 * Ctrl-C or SIGTERM stop it as before.
 */
import { loadConfigOrExit, type HubConfig } from './config.js';

/** Service → supervisor: listening at `url`; `pids` are the processes behind it (gateway instances). */
export interface ReadyMessage {
  ready: true;
  url: string;
  pids?: number[];
}

/** Supervisor → service: stop now (the reason is for logs), or where other services listen now. */
export type SupervisorMessage = { stop: string } | { env: Record<string, string> };

/**
 * V8 flags for every hub service process (supervised services, gateway instances, `hub worker`).
 * A service answering screening questions allocates short-lived strings and objects per subject;
 * with V8's default 16 MiB young generation they overflow into many scavenges that promote what
 * dies a moment later. A larger one (32 MiB per semi-space, so at most 64 MiB more per process)
 * took 15-25% off the collector's time in a micro-benchmark of that allocation pattern; in
 * bench/crosscheck.ts it came with other changes, so its own share there was not measured.
 */
export const SERVICE_V8_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** `execArgv` plus the service flags; a flag `execArgv` sets already is kept as given. */
export function withServiceFlags(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map((arg) => arg.split('=')[0]));
  return [...execArgv, ...SERVICE_V8_FLAGS.filter((flag) => !given.has(flag.split('=')[0]))];
}

export function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && (message as ReadyMessage).ready === true && typeof (message as ReadyMessage).url === 'string';
}

function isStopMessage(message: unknown): message is { stop: string } {
  return typeof message === 'object' && message !== null && typeof (message as { stop?: unknown }).stop === 'string';
}

function isEnvMessage(message: unknown): message is { env: Record<string, string> } {
  return typeof message === 'object' && message !== null && typeof (message as { env?: unknown }).env === 'object';
}

/** True when a parent process (the supervisor, or a cluster primary) holds this process's IPC channel. */
export function isSupervised(): boolean {
  return typeof process.send === 'function';
}

export function reportReady(url: string, pids?: number[]): void {
  const message: ReadyMessage = { ready: true, url, ...(pids ? { pids } : {}) };
  process.send?.(message);
}

/**
 * Runs `stop` once, then exits (0, or 1 if it failed). Supervised, the process stops when told to,
 * on SIGTERM, or when its parent goes away (an orphan would hold its port); it ignores SIGINT,
 * because Ctrl-C reaches every process of the terminal's group and the supervisor stops the
 * services in its own order. Alone, SIGINT and SIGTERM stop it.
 */
export function stopOnSignal(stop: (reason: string) => Promise<void>): void {
  let stopping = false;
  const run = (reason: string) => {
    if (stopping) return;
    stopping = true;
    stop(reason).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`stopping failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => run('SIGTERM'));
  if (!isSupervised()) {
    process.on('SIGINT', () => run('SIGINT'));
    return;
  }
  process.on('SIGINT', () => {});
  process.on('message', (message) => {
    if (isStopMessage(message)) run(message.stop);
  });
  process.on('disconnect', () => run('the supervisor went away'));
}

/**
 * The configuration, re-read when the supervisor publishes where another service listens (a
 * service started on port 0 is known only once it listens). Read it at request time.
 */
export function liveConfig(env: Record<string, string | undefined>): () => HubConfig {
  let config = loadConfigOrExit(env);
  const published: Record<string, string> = {};
  process.on('message', (message) => {
    if (!isEnvMessage(message)) return;
    Object.assign(published, message.env);
    config = loadConfigOrExit({ ...env, ...published });
  });
  return () => config;
}
