/**
 * The hub's own disbursement subgraph: searches, roll-ups and process checks across programmes.
 * It owns no data; it asks finance and the other departments through the gateway, as the hub
 * service "disbursement" acting for the user whose request it serves (audited under that user).
 */
import { actorOf, type Identity } from '../../access/identity.js';
import type { HubKeys } from '../../access/secrets.js';
import { mintServiceToken } from '../../access/tokens.js';
import { httpGraphQLClient, type GraphQLClient } from '../../lib/graphql-client.js';
import type { GraphQLServiceDefinition } from '../runtime/subgraph-server.js';
import { createDisbursementContext, type DisbursementContext } from './context.js';
import { resolvers } from './resolvers/index.js';

export const DISBURSEMENT_SERVICE_NAME = 'disbursement';

export interface DisbursementSubgraphOptions {
  /** The gateway; a function when it is only known once the gateway listens (port 0 in tests). */
  gatewayUrl: string | (() => string);
  /** Signs the service token for the gateway; not needed when `gatewayClientFor` is given. */
  keys?: Pick<HubKeys, 'internal'>;
  /** Replaces the HTTP client to the gateway. */
  gatewayClientFor?: (identity: Identity | null) => GraphQLClient;
  /** How long one call to the gateway may take. */
  timeoutMs?: number;
  now?: () => Date;
}

function serviceClient(options: DisbursementSubgraphOptions): (identity: Identity | null) => GraphQLClient {
  const keys = options.keys;
  if (!keys) throw new Error('disbursementSubgraph needs keys (access/secrets.ts hubKeys) to call the gateway as a service');
  return (identity) => {
    const actor = identity ? actorOf(identity) : undefined;
    const url = typeof options.gatewayUrl === 'function' ? options.gatewayUrl() : options.gatewayUrl;
    // A token lives a minute; each call gets a fresh one.
    return httpGraphQLClient(url, {
      headers: async () => ({ authorization: `Bearer ${await mintServiceToken(keys, DISBURSEMENT_SERVICE_NAME, actor)}` }),
      timeoutMs: options.timeoutMs ?? 120_000,
    });
  };
}

export function disbursementSubgraph(options: DisbursementSubgraphOptions): GraphQLServiceDefinition<DisbursementContext> {
  const clientFor = options.gatewayClientFor ?? serviceClient(options);
  const now = options.now ?? (() => new Date());
  return {
    slug: 'disbursement',
    resolvers,
    createContext: async () => createDisbursementContext(clientFor, now),
    // Holds no connection of its own: it is up when it answers.
    health: async () => ({ ok: true, service: DISBURSEMENT_SERVICE_NAME }),
    close: async () => {},
  };
}
