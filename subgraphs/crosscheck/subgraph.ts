/**
 * The hub's own cross-check subgraph: runs, findings, gaps and reviews, kept in the hub store.
 * It owns no department data; its engine asks the departments through the gateway.
 */
import type { HubConfig } from '../../lib/config.js';
import type { GraphQLClient } from '../../lib/graphql-client.js';
import { actorOf } from '../../access/identity.js';
import type { HubKeys } from '../../access/secrets.js';
import { serviceGatewayClient } from '../../crosscheck/gateway-client.js';
import { ChunkQueue, SQLITE_WITH_REDIS_WARNING, type RedisSettings } from '../../crosscheck/queue.js';
import { CrosscheckService, type RunUser } from '../../crosscheck/service.js';
import { CrosscheckSources } from '../../crosscheck/sources.js';
import { CrosscheckStore } from '../../store/crosscheck-store.js';
import type { GraphQLServiceDefinition } from '../runtime/subgraph-server.js';
import { createCrosscheckContext, type CrosscheckContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import { attachFollowUp } from './follow-up.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export interface CrosscheckSubgraphOptions {
  store: DatabaseLocation;
  /** The gateway the engine asks; a function when it is only known once the gateway listens (port 0 in tests). */
  gatewayUrl: string | (() => string);
  /** Signs the engine's service token for the gateway; not needed when `gatewayClientFor` is given. */
  keys?: Pick<HubKeys, 'internal'>;
  /** Lines per chunk (default 3,600; at most 10,000, the departments' screening limit). */
  chunkSize?: number;
  /** Chunks checked at a time without Redis (HUB_WORKER_CONCURRENCY). */
  concurrency?: number;
  /** How long one department may take to answer one chunk before its rules count as not checked. */
  departmentTimeoutMs?: number;
  /** Replaces the HTTP client to the gateway (tests use an in-memory one). */
  gatewayClientFor?: (user: RunUser) => GraphQLClient;
  /** Redis: runs become chunk jobs for `hub worker` processes; unset, this service checks them itself. */
  redis?: RedisSettings;
  /** A RUNNING run without a heartbeat for this long is failed, resumable by a rerun (default a minute). */
  heartbeatTimeoutMs?: number;
  /** Where start-up warnings go (default stderr). */
  warn?: (line: string) => void;
  now?: () => Date;
  /** Day of the period's month by which a batch is to be sent to the bank (HUB_BATCH_SEND_DEADLINE_DAY). */
  batchSendDay?: number;
}

export function crosscheckOptionsFrom(config: HubConfig, keys: Pick<HubKeys, 'internal'>): CrosscheckSubgraphOptions {
  return {
    store: config.store,
    gatewayUrl: config.gateway.url,
    keys,
    chunkSize: config.scale.chunkLines,
    concurrency: config.scale.workerConcurrency,
    heartbeatTimeoutMs: config.scale.heartbeatTimeoutMs,
    batchSendDay: config.timeLimits.batchSendDay,
    ...(config.scale.redisUrl ? { redis: { url: config.scale.redisUrl, prefix: config.scale.redisPrefix } } : {}),
  };
}

/** The engine calls the gateway as the hub service "crosscheck" acting for the user who started the run. */
function serviceClient(options: CrosscheckSubgraphOptions, timeoutMs: number): (user: RunUser) => GraphQLClient {
  const keys = options.keys;
  if (!keys) throw new Error('crosscheckSubgraph needs keys (access/secrets.ts hubKeys) to call the gateway as a service');
  const clientFor = serviceGatewayClient(options.gatewayUrl, keys, timeoutMs);
  return (user) => clientFor(user.identity ? actorOf(user.identity) : undefined);
}

/** Workers on other machines cannot share a SQLite store: said once, when the service opens. */
function scaleOutWarning(options: CrosscheckSubgraphOptions): string | null {
  return options.redis && options.store.kind === 'sqlite' ? `cross-check: ${SQLITE_WITH_REDIS_WARNING}` : null;
}

export function crosscheckSubgraph(options: CrosscheckSubgraphOptions): GraphQLServiceDefinition<CrosscheckContext> & {
  /** The service behind the subgraph, opened on first use (tests wait on its runs). */
  service(): Promise<CrosscheckService>;
} {
  const warning = scaleOutWarning(options);
  if (warning) (options.warn ?? ((line) => console.warn(line)))(warning);
  const timeoutMs = options.departmentTimeoutMs ?? 120_000;
  const clientFor = options.gatewayClientFor ?? serviceClient(options, timeoutMs);
  let opening: Promise<CrosscheckService> | null = null;
  const service = () => {
    // The store opens lazily, like the department databases: a store that is down is retried on the next request.
    opening ??= (async () => {
      const store = await CrosscheckStore.open(options.store);
      const created = new CrosscheckService({
        store,
        sourcesFor: (user) => new CrosscheckSources(clientFor(user), timeoutMs),
        chunkSize: options.chunkSize,
        concurrency: options.concurrency,
        now: options.now,
        abandonedAfterMs: options.heartbeatTimeoutMs,
        queue: options.redis ? new ChunkQueue(options.redis) : undefined,
        batchSendDay: options.batchSendDay,
      });
      await created.startSweeping();
      attachFollowUp(created, clientFor, options.now);
      return created;
    })().catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };
  return {
    slug: 'crosscheck',
    resolvers,
    service,
    // Finance as this service itself sees it: the counties of runs, for analysts' scope.
    createContext: async () => createCrosscheckContext(await service(), () => new CrosscheckSources(clientFor({ userId: 'crosscheck' }), timeoutMs)),
    health: async () => {
      const opened = await service();
      await opened.store.dataSource.query('SELECT 1');
      return { ok: true, service: 'crosscheck' };
    },
    close: async () => {
      const pending = opening;
      opening = null;
      const opened = await pending?.catch(() => null);
      await opened?.close();
    },
  };
}
