/**
 * For hub services that call the gateway while serving a user's request (the crosscheck): the call
 * carries a service token — signed with the internal key, so only hub processes can make one —
 * naming the service and the user it acts for. The gateway treats it as the `service` role (the
 * screening questions span every region a batch's payees come from), and the audit log names the
 * user. The service itself must first check that the user may work on what they asked for
 * (access/scope.ts assertRegionInScope), since past this point the user's region no longer limits it.
 *
 * Why not pass the user's bearer token through: an analyst's token limits persons to those
 * registered or paid in their counties, which every subgraph would have to ask of the register and
 * finance for each screening question (and the engine's hot path stays free of that); and a
 * background re-run has no user token left to pass.
 */
import { httpGraphQLClient, type GraphQLClient, type HttpGraphQLClientOptions } from '../lib/graphql-client.js';
import { actorOf, type Identity } from './identity.js';
import type { HubKeys } from './secrets.js';
import { mintServiceToken } from './tokens.js';

/** `Authorization` header for one call to the gateway (tokens live 60 s: mint one per call). */
export async function serviceAuthorization(
  keys: Pick<HubKeys, 'internal'>,
  service: string,
  onBehalfOf?: Identity | string,
): Promise<Record<string, string>> {
  const actor = typeof onBehalfOf === 'string' ? { sub: onBehalfOf } : onBehalfOf ? actorOf(onBehalfOf) : undefined;
  return { authorization: `Bearer ${await mintServiceToken(keys, service, actor)}` };
}

/**
 * A gateway client for a hub service acting for `onBehalfOf`: the identity from identityOf(context),
 * or just the user id when that is all a background job kept.
 */
export function serviceGatewayClient(
  url: string,
  keys: Pick<HubKeys, 'internal'>,
  service: string,
  onBehalfOf?: Identity | string,
  options: HttpGraphQLClientOptions = {},
): GraphQLClient {
  return {
    async request(query, variables, callOptions) {
      const headers = { ...options.headers, ...(await serviceAuthorization(keys, service, onBehalfOf)) };
      return httpGraphQLClient(url, { ...options, headers }).request(query, variables, callOptions);
    },
  };
}
