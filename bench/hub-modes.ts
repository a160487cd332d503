/**
 * The hub in each configuration the benchmark times, on the benchmark's department databases:
 *
 *   in-process      `npm start` as out of the box: the cross-check service checks runs itself,
 *                   its store on SQLite (`in-process-mysql`: on a throwaway MariaDB database);
 *   workers-N       `npm start` with HUB_REDIS_URL (runs become chunk jobs on Redis) and the store
 *                   on a throwaway MariaDB database, plus N `hub worker` processes.
 *
 * Every process of the hub and of the workers is followed for its peak resident memory, and, with
 * a profile directory, preloads bench/cpu-profile-hook.mjs so its CPU profile can be taken over
 * one measured run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { Redis } from 'ioredis';
import { benchHubEnv, processLabel, spawnHub, spawnWorker, WORKER_READY, type HubProcess } from './hub-process.js';
import { ProcessPeaks, commandLine, processTree } from './rss.js';
import type { DatabaseNames } from './central-sql.js';

export interface ModeSpec {
  name: string;
  workers: number;
  store: 'sqlite' | 'mysql';
  redis: boolean;
}

export const DEFAULT_MODES = ['in-process', 'workers-1', 'workers-2'];

export function parseMode(name: string): ModeSpec {
  if (name === 'in-process') return { name, workers: 0, store: 'sqlite', redis: false };
  if (name === 'in-process-mysql') return { name, workers: 0, store: 'mysql', redis: false };
  const workers = /^workers-(\d{1,2})$/.exec(name);
  if (workers && Number(workers[1]) >= 1) return { name, workers: Number(workers[1]), store: 'mysql', redis: true };
  throw new Error(`unknown mode "${name.slice(0, 40)}": in-process, in-process-mysql or workers-N (N >= 1)`);
}

export function describeMode(mode: ModeSpec): string {
  if (!mode.redis) return `in-process (no Redis), store on ${mode.store === 'sqlite' ? 'SQLite' : 'MariaDB'}`;
  return `Redis + ${mode.workers} \`hub worker\` process${mode.workers > 1 ? 'es' : ''}, store on MariaDB`;
}

export interface ModeContext {
  root: string;
  server: string;
  names: DatabaseNames;
  /** Throwaway databases are named `<prefix>hub_store_<mode>`; they must start with bench_. */
  prefix: string;
  redisUrl: string;
  secrets: { hs256: string; internal: string; audit: string };
  /** HUB_* settings for the hub and the workers (`--set`). */
  settings: Record<string, string>;
  profileDir: string | null;
  log: (line: string) => void;
}

export interface RunningMode {
  mode: ModeSpec;
  gatewayUrl: string;
  /** The environment of the analysts' CLI (gateway, data dir, token key); add HUB_TOKEN. */
  cliEnv: Record<string, string>;
  startupMs: number;
  hub: HubProcess;
  workers: HubProcess[];
  peaks: ProcessPeaks;
  dataDir: string;
  /** The roots of the hub's and the workers' process trees. */
  roots: number[];
  /** Starts, then stops and writes, the CPU profile of every hooked process; returns how many. */
  toggleProfiles(): number;
  close(keepLogs: boolean): Promise<void>;
}

const START_TIMEOUT_MS = 600_000;

const HOOK = (root: string) => path.join(root, 'bench', 'cpu-profile-hook.mjs');

/** The environment without any HUB_* of the developer's shell, plus `settings`. */
function cleanEnv(settings: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('HUB_') && k !== 'NODE_OPTIONS' && v !== undefined) env[k] = v;
  return Object.assign(env, settings);
}

export async function startMode(mode: ModeSpec, ctx: ModeContext): Promise<RunningMode> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `hub-bench-${mode.name}-`));
  const keys = { HUB_AUTH_HS256_SECRET: ctx.secrets.hs256, HUB_INTERNAL_SECRET: ctx.secrets.internal };
  const env = benchHubEnv(ctx.server, ctx.names, {
    HUB_DATA_DIR: path.join(dataDir, 'hub'),
    ...keys,
    HUB_AUDIT_KEY: ctx.secrets.audit,
    // The CLI polls progress and pages through findings; the benchmark measures checks, not limits.
    HUB_RATE_LIMIT_PER_MINUTE: '100000',
    HUB_RATE_LIMIT_BURST: '10000',
    ...ctx.settings,
  });
  let storeDb: string | null = null;
  const shared: Record<string, string> = {};
  if (mode.store === 'mysql') {
    storeDb = `${ctx.prefix}hub_store_${mode.name.replaceAll('-', '_')}`;
    await withAdmin(ctx.server, async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS \`${storeDb}\``);
      await admin.query(`CREATE DATABASE \`${storeDb}\` CHARACTER SET utf8mb4`);
    });
    shared.HUB_STORE_URL = `${ctx.server}/${storeDb}`;
  }
  const redisPrefix = `bench${process.pid}_${mode.name.replaceAll('-', '_')}`;
  if (mode.redis) Object.assign(shared, { HUB_REDIS_URL: ctx.redisUrl, HUB_REDIS_PREFIX: redisPrefix });
  Object.assign(env, shared);
  if (ctx.profileDir) {
    rmSync(ctx.profileDir, { recursive: true, force: true });
    mkdirSync(ctx.profileDir, { recursive: true });
    env.BENCH_PROFILE_DIR = ctx.profileDir;
  }

  const peaks = new ProcessPeaks();
  const started = performance.now();
  const hub = spawnHub({ cwd: ctx.root, env, logFile: path.join(dataDir, 'hub.log'), nodeArgs: ctx.profileDir ? ['--import', HOOK(ctx.root)] : [] });
  const workers: HubProcess[] = [];
  const close = async (keepLogs: boolean) => {
    peaks.stop();
    await Promise.all([...workers, hub].map((p) => stop(p, ctx.log)));
    if (mode.redis) await dropRedisKeys(ctx.redisUrl, redisPrefix).catch((error: unknown) => ctx.log(`could not remove the Redis keys ${redisPrefix}:*: ${String(error)}`));
    if (storeDb) await withAdmin(ctx.server, (admin) => admin.query(`DROP DATABASE IF EXISTS \`${storeDb}\``));
    if (!keepLogs) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    peaks.watch(hub.child.pid!, (pid, command) => hubLabel(pid, command)).start();
    // Generous: on a machine shared with other test runs a start has taken three minutes.
    const [gatewayUrl] = await hub.printed([/Gateway:\s+(http\S+)/], START_TIMEOUT_MS);
    const workerEnv = cleanEnv({ ...keys, ...shared, ...ctx.settings, HUB_GATEWAY_URL: gatewayUrl! });
    if (ctx.profileDir) Object.assign(workerEnv, { BENCH_PROFILE_DIR: ctx.profileDir, NODE_OPTIONS: `--import=${HOOK(ctx.root)}` });
    for (let i = 1; i <= mode.workers; i++) {
      const dir = path.join(dataDir, `worker-${i}`);
      const worker = spawnWorker({ cwd: ctx.root, env: { ...workerEnv, HUB_DATA_DIR: dir }, logFile: path.join(dataDir, `worker-${i}.log`) });
      workers.push(worker);
      peaks.watch(worker.child.pid!, (_pid, command) => processLabel(command, i));
    }
    await Promise.all(workers.map((w) => w.printed([WORKER_READY], START_TIMEOUT_MS)));
    const cliEnv = cleanEnv({ ...keys, HUB_GATEWAY_URL: gatewayUrl!, HUB_DATA_DIR: path.join(dataDir, 'cli') });
    const roots = [hub.child.pid!, ...workers.map((w) => w.child.pid!)];
    return {
      mode,
      gatewayUrl: gatewayUrl!,
      cliEnv,
      startupMs: performance.now() - started,
      hub,
      workers,
      peaks,
      dataDir,
      roots,
      toggleProfiles: () => (ctx.profileDir ? toggleHooked(ctx.profileDir, roots) : 0),
      close,
    };
  } catch (error) {
    await close(true);
    throw new Error(`${mode.name}: ${error instanceof Error ? error.message : String(error)} (logs in ${dataDir})`);
  }
}

/** Gateway instances under a node:cluster primary are told apart from the primary. */
function hubLabel(pid: number, command: string): string {
  const label = processLabel(command);
  if (label !== 'gateway') return label;
  let stat = '';
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return label;
  }
  const parent = Number(/\)\s+\S+\s+(\d+)/.exec(stat)?.[1]);
  return processLabel(commandLine(parent)) === 'gateway' ? 'gateway instance (each)' : 'gateway';
}

/** SIGUSR2 to each process of the trees that loaded the hook (it left DIR/hooked-<pid>). */
function toggleHooked(dir: string, roots: number[]): number {
  if (!existsSync(dir)) return 0;
  const hooked = new Set(readdirSync(dir).filter((f) => f.startsWith('hooked-')).map((f) => Number(f.slice('hooked-'.length))));
  let signalled = 0;
  for (const pid of roots.flatMap((root) => processTree(root))) {
    if (!hooked.has(pid)) continue;
    process.kill(pid, 'SIGUSR2');
    signalled++;
  }
  return signalled;
}

async function stop(process_: HubProcess, log: (line: string) => void): Promise<void> {
  const { child, exited } = process_;
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000))]);
  if (done) return;
  child.kill('SIGKILL');
  await exited;
  log(`pid ${child.pid} did not stop within 30 s of SIGTERM and was killed`);
}

async function withAdmin<T>(server: string, use: (admin: mysql.Connection) => Promise<T>): Promise<T> {
  const admin = await mysql.createConnection({ uri: server });
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}

/** Removes the queue's keys this mode left on Redis (BullMQ keeps finished jobs). */
async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
