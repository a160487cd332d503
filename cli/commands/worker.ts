/**
 * `hub worker`: starts a check worker, a hub service that takes chunks of check runs from Redis.
 * The worker is not a client of the gateway like the other commands, so this command does not
 * run it in the CLI's process: it starts its entry (crosscheck/worker-main.ts) as a child with an
 * IPC channel, passes on Ctrl-C as a stop, and exits with the worker's exit code. If this process
 * dies, the channel closes and the worker stops too.
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../lib/config.js';
import { UsageError } from '../command.js';
import { defineCommand } from '../define-command.js';
import { text, wholeNumber } from '../flags.js';
import { runEntry } from './child-process.js';

const USAGE = `Usage:
  npx hub worker [--concurrency N]

Takes chunks of cross-check runs from the queue on Redis and checks them through the gateway.
Start any number of workers, on any machine that reaches the gateway, Redis and the hub store;
a worker that dies mid-chunk loses nothing: another worker takes its chunk over.

Environment:
  HUB_REDIS_URL            the queue (required), e.g. redis://10.0.0.5:6379
  HUB_GATEWAY_URL          the gateway the departments are asked through
  HUB_STORE_URL            the hub store (MariaDB) shared with the crosscheck service; SQLite
                           (the default) serves workers on the hub's own machine only
  HUB_INTERNAL_SECRET      the hub's internal key (on the hub's machine: HUB_DATA_DIR/secrets)
  HUB_WORKER_CONCURRENCY   chunks checked at once (default 2); --concurrency overrides it
  HUB_REDIS_PREFIX, HUB_HEARTBEAT_TIMEOUT_SECONDS   as set for the crosscheck service

Ctrl-C (or SIGTERM) stops it after the chunks in hand.

Exit codes:
  0  stopped
  1  Redis, the store or the gateway's trust was missing at start
  2  a flag or the configuration is wrong (HUB_REDIS_URL unset)
`;

const FLAGS = {
  concurrency: text(wholeNumber(1, 64)),
};

const WORKER_ENTRY = fileURLToPath(new URL('../../crosscheck/worker-main.ts', import.meta.url));

export const workerCommand = defineCommand({
  name: 'worker',
  summary: 'take chunks of cross-check runs from Redis (HUB_REDIS_URL) and check them',
  usage: USAGE,
  flags: FLAGS,
  async run({ values }, io) {
    const config = loadConfig(io.env);
    if (!config.scale.redisUrl) {
      throw new UsageError('needs HUB_REDIS_URL: workers take the chunks of check runs from Redis (without it the crosscheck service checks runs itself)');
    }
    const env = { ...io.env, ...(values.concurrency ? { HUB_WORKER_CONCURRENCY: String(values.concurrency) } : {}) };
    // Ctrl-C reaches the whole process group; the worker, being supervised, waits for the stop word.
    return runEntry(WORKER_ENTRY, [], env, io);
  },
});
