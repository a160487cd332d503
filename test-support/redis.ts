/**
 * Redis for tests, with the MariaDB policy (legacy-db.ts): the shared one at HUB_TEST_REDIS_URL
 * (default 127.0.0.1:6379) is probed once; unreachable in CI is a failure, outside CI the suites
 * that need it are skipped with the reason in their name. Each test keeps its keys under a prefix
 * of its own, so parallel runs never meet. Tests that take Redis away start a throwaway
 * redis-server of their own and kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { redisProblem } from '../lib/redis-probe.js';
import { testEnv } from './env.js';
import { freePort } from './ports.js';

export type RedisStatus = { reachable: true } | { reachable: false; reason: string };

async function probeRedis(): Promise<RedisStatus> {
  const problem = await redisProblem(testEnv.redisUrl);
  if (problem === null) return { reachable: true };
  const reason = `Redis not reachable at ${testEnv.redisUrl} (${problem})`;
  if (testEnv.inCI) throw new Error(`${reason}; CI requires it`);
  return { reachable: false, reason };
}

export const redis: RedisStatus = await probeRedis();

/** `skip` option for suites on the shared Redis. */
export function skipUnlessRedis(): false | string {
  return redis.reachable ? false : `${redis.reason}: skipped outside CI`;
}

function redisServerProblem(): string | null {
  try {
    accessSync(testEnv.redisServerPath, constants.X_OK);
    return null;
  } catch {
    return `no redis-server at ${testEnv.redisServerPath} (HUB_TEST_REDIS_SERVER)`;
  }
}

/** `skip` option for suites that start and kill a redis-server of their own. */
export function skipUnlessRedisServer(): false | string {
  const problem = redisServerProblem();
  if (problem === null) return false;
  if (testEnv.inCI) throw new Error(`${problem}; CI requires it`);
  return `${problem}: skipped outside CI`;
}

/** A BullMQ key prefix of one test's own. */
export function uniqueRedisPrefix(name: string): string {
  return `hubtest-${name}-${randomBytes(4).toString('hex')}`;
}

/** Removes every key under `prefix` (what a test's queues left behind). */
export async function dropRedisPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  client.on('error', () => {});
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

export interface ThrowawayRedis {
  url: string;
  port: number;
  /** SIGKILLs the server, as a crash or a lost machine would. */
  kill(): Promise<void>;
  /** Starts an empty server again on the same port. */
  restart(): Promise<void>;
}

/** A redis-server of the test's own on a free port, without persistence, that the test may kill. */
export async function startThrowawayRedis(): Promise<ThrowawayRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const start = async () => {
    server = spawn(testEnv.redisServerPath, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let waited = 0; (await redisProblem(url, 500)) !== null; waited += 100) {
      if (waited > 10_000) throw new Error(`redis-server on port ${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const kill = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, port, kill, restart: start };
}
