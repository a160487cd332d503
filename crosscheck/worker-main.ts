/**
 * A check worker in its own process (`npx hub worker` starts it): takes chunk jobs of check runs
 * from Redis (HUB_REDIS_URL), asks the departments through the gateway (HUB_GATEWAY_URL) and
 * commits to the hub store (HUB_STORE_URL). Any number of them, on any machine that reaches all
 * three and holds the hub's internal key (HUB_INTERNAL_SECRET, or HUB_DATA_DIR/secrets on the
 * hub's own machine). Exit codes: 1 when Redis, the store or the gateway's trust is missing at
 * start; 2 for a configuration error.
 */
import { ErrorCode } from '../lib/errors.js';
import { GraphQLRequestError } from '../lib/graphql-client.js';
import { loadConfigOrExit } from '../lib/config.js';
import { stopOnSignal } from '../lib/service-process.js';
import { hubKeys } from '../access/secrets.js';
import { CrosscheckStore } from '../store/crosscheck-store.js';
import { describeFailure } from './chunk.js';
import { serviceGatewayClient } from './gateway-client.js';
import { CrosscheckWorkerCheckDocument } from './__generated__/operations.js';
import { ChunkQueue, SQLITE_WITH_REDIS_WARNING, processName, withoutCredentials } from './queue.js';
import { redisProblem } from '../lib/redis-probe.js';
import { CrosscheckSources } from './sources.js';
import { ChunkWorker } from './worker.js';

/** How long one department may take to answer one chunk, as in the crosscheck service. */
const DEPARTMENT_TIMEOUT_MS = 120_000;

const config = loadConfigOrExit(process.env);
const name = processName();
const say = (line: string) => console.log(`hub worker ${name}: ${line}`);
const fail = (line: string): never => {
  console.error(`hub worker: ${line}`);
  process.exit(1);
};

const redisUrl = config.scale.redisUrl;
if (!redisUrl) {
  console.error('hub worker: HUB_REDIS_URL is not set. Workers take the chunks of check runs from Redis; without it the crosscheck service checks runs itself.');
  process.exit(2);
}
const redis = withoutCredentials(redisUrl);
const storeKind = config.store.kind === 'sqlite' ? `SQLite ${config.store.file}` : `MySQL/MariaDB ${withoutCredentials(config.store.url)}`;
say(`gateway ${config.gateway.url}, Redis ${redis} (keys ${config.scale.redisPrefix}:*), store ${storeKind}`);
if (config.store.kind === 'sqlite') console.warn(`hub worker: ${SQLITE_WITH_REDIS_WARNING}`);

const problem = await redisProblem(redisUrl);
if (problem !== null) fail(`Redis at ${redis} is not reachable (${problem}): start Redis there, or point HUB_REDIS_URL at it.`);

const store = await CrosscheckStore.open(config.store).catch((error: unknown) => fail(`the hub store (${storeKind}) could not be opened: ${describeFailure(error)}`));
const clientFor = serviceGatewayClient(config.gateway.url, hubKeys(config), DEPARTMENT_TIMEOUT_MS);

// A worker whose token the gateway refuses could only fail every run it touches.
try {
  await clientFor().request(CrosscheckWorkerCheckDocument, {});
} catch (error) {
  if (error instanceof GraphQLRequestError && error.code === ErrorCode.UNAUTHENTICATED) {
    await store.close();
    fail(`the gateway at ${config.gateway.url} refuses this worker's token: give it the hub's internal key (HUB_INTERNAL_SECRET, or the same HUB_DATA_DIR).`);
  }
  console.warn(`hub worker: warning: the gateway at ${config.gateway.url} did not answer (${describeFailure(error)}); chunks will be retried once it does.`);
}

const worker = new ChunkWorker({
  store,
  queue: new ChunkQueue({ url: redisUrl, prefix: config.scale.redisPrefix }),
  sourcesFor: (actor) => new CrosscheckSources(clientFor(actor), DEPARTMENT_TIMEOUT_MS),
  concurrency: config.scale.workerConcurrency,
  heartbeatTimeoutMs: config.scale.heartbeatTimeoutMs,
  name,
  log: say,
});
stopOnSignal(async () => {
  say('stopping after the chunks in hand');
  await worker.close();
});
await worker.start();
say(`taking chunks, ${config.scale.workerConcurrency} at a time`);
