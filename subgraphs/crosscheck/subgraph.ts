/**
 * The hub's own cross-check subgraph: runs, findings, gaps and reviews, kept in the hub store.
 * It owns no department data; its engine asks the departments through the gateway.
 */
import type { HubConfig } from '../../lib/config.js';
import { httpGraphQLClient, type GraphQLClient } from '../../lib/graphql-client.js';
import { actorOf } from '../../access/identity.js';
import type { HubKeys } from '../../access/secrets.js';
import { mintServiceToken } from '../../access/tokens.js';
import { CrosscheckService, type RunUser } from '../../crosscheck/service.js';
import { CrosscheckSources } from '../../crosscheck/sources.js';
import { CrosscheckStore } from '../../store/crosscheck-store.js';
import type { GraphQLServiceDefinition } from '../runtime/subgraph-server.js';
import { createCrosscheckContext, type CrosscheckContext } from './context.js';
import { resolvers } from './resolvers/index.js';
import type { DatabaseLocation } from '../../lib/database-location.js';

export const CROSSCHECK_SERVICE_NAME = 'crosscheck';

export interface CrosscheckSubgraphOptions {
  store: DatabaseLocation;
  /** The gateway the engine asks; a function when it is only known once the gateway listens (port 0 in tests). */
  gatewayUrl: string | (() => string);
  /** Signs the engine's service token for the gateway; not needed when `gatewayClientFor` is given. */
  keys?: Pick<HubKeys, 'internal'>;
  /** Lines per chunk (default 2,000; at most 10,000, the departments' screening limit). */
  chunkSize?: number;
  /** How long one department may take to answer one chunk before its rules count as not checked. */
  departmentTimeoutMs?: number;
  /** Replaces the HTTP client to the gateway (tests use an in-memory one). */
  gatewayClientFor?: (user: RunUser) => GraphQLClient;
  now?: () => Date;
}

export function crosscheckOptionsFrom(config: HubConfig, keys: Pick<HubKeys, 'internal'>): CrosscheckSubgraphOptions {
  return { store: config.store, gatewayUrl: config.gateway.url, keys };
}

/**
 * The engine calls the gateway as the hub service "crosscheck" acting for the user who started
 * the run, so the audit log names that user. A token lives a minute; each request gets a fresh one.
 */
function serviceClient(options: CrosscheckSubgraphOptions, timeoutMs: number): (user: RunUser) => GraphQLClient {
  const keys = options.keys;
  if (!keys) throw new Error('crosscheckSubgraph needs keys (access/secrets.ts hubKeys) to call the gateway as a service');
  return (user) => {
    const actor = user.identity ? actorOf(user.identity) : undefined;
    const url = typeof options.gatewayUrl === 'function' ? options.gatewayUrl() : options.gatewayUrl;
    return httpGraphQLClient(url, {
      headers: async () => ({ authorization: `Bearer ${await mintServiceToken(keys, CROSSCHECK_SERVICE_NAME, actor)}` }),
      timeoutMs,
    });
  };
}

export function crosscheckSubgraph(options: CrosscheckSubgraphOptions): GraphQLServiceDefinition<CrosscheckContext> & {
  /** The service behind the subgraph, opened on first use (tests wait on its runs). */
  service(): Promise<CrosscheckService>;
} {
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
        now: options.now,
      });
      await created.startSweeping();
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
    createContext: async () => createCrosscheckContext(await service()),
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
