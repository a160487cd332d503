/**
 * How the check engine reaches the gateway, in the crosscheck service and in every `hub worker`:
 * as the hub service "crosscheck" acting for the user who started the run, so the audit log names
 * that user. A token lives a minute; each request gets a fresh one, signed with the hub's internal
 * key (HUB_INTERNAL_SECRET, or the one kept in HUB_DATA_DIR/secrets on a single machine).
 */
import { httpGraphQLClient, type GraphQLClient } from '../lib/graphql-client.js';
import type { Actor } from '../access/identity.js';
import type { HubKeys } from '../access/secrets.js';
import { mintServiceToken } from '../access/tokens.js';

const CROSSCHECK_SERVICE_NAME = 'crosscheck';

/** `gatewayUrl` may be a function: the gateway of an in-process hub is known only once it listens. */
export function serviceGatewayClient(gatewayUrl: string | (() => string), keys: Pick<HubKeys, 'internal'>, timeoutMs: number): (actor?: Actor) => GraphQLClient {
  return (actor) => {
    const url = typeof gatewayUrl === 'function' ? gatewayUrl() : gatewayUrl;
    return httpGraphQLClient(url, {
      headers: async () => ({ authorization: `Bearer ${await mintServiceToken(keys, CROSSCHECK_SERVICE_NAME, actor)}` }),
      timeoutMs,
    });
  };
}
